# The engine needs a running event loop: a clean RuntimeError, not a crash.
import _http
_http.request("GET", "http://127.0.0.1:1/", [], None, None, None, True, 10, True)
