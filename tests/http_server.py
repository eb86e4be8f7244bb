"""tests/http_server.py — the loopback HTTP server of the HTTP tests (tests/golden/http).

    /usr/bin/python3 tests/http_server.py PORTFILE

Listens on 127.0.0.1 on two free ports, plain and TLS (a self-signed certificate for 127.0.0.1,
http_server_cert.pem, made once with openssl and valid for a century), writes
"http://127.0.0.1:PORT" and "https://127.0.0.1:PORT2" as two lines to PORTFILE once both accept
connections, and serves until killed (tests/run.sh starts and stops it). HTTP/1.1 with
keep-alive, one thread per connection. Every answer is deterministic; no network beyond this
machine. Routes:

  /json               {"id": 1, "title": "hello", "tags": ["a", "b"]} as application/json
  /text               "hello, world\\n" as text/plain; charset=utf-8
  /html               a small HTML page
  /utf8               non-ASCII text (UTF-8)
  /echo               JSON of the request: method, path, query, chosen headers, body
  /status/N           status N with body "status N"
  /redirect/N         302 to /redirect/N-1, /redirect/0 is /json
  /see-other          303 to /echo (a POST becomes a GET)
  /slow?s=SECONDS     answers /json after a delay
  /drip?n=N&s=SECONDS N chunks of "x" with a delay between them (a transfer in progress)
  /gzip               /json's body, gzip-encoded
  /conn               the connection's number (which TCP connection served the request)
  /fixed              "abc" with fixed headers only (no Date), one of them twice
  /bytes?n=N          N bytes 0..255 repeating (application/octet-stream)
  /posts/1, /comments/1   the documents of jsonplaceholder.typicode.com (the seeds use them)
Any route but /echo takes ?delay=SECONDS, to make the completion order of concurrent requests
deterministic.
"""
import gzip
import http.server
import json
import socketserver
import sys
import threading
import time
import urllib.parse

JSON_DOC = {"id": 1, "title": "hello", "tags": ["a", "b"]}
POST_1 = {
    "userId": 1,
    "id": 1,
    "title": "sunt aut facere repellat provident occaecati excepturi optio reprehenderit",
    "body": "quia et suscipit\nsuscipit recusandae consequuntur expedita et cum\nreprehenderit "
            "molestiae ut ut quas totam\nnostrum rerum est autem sunt rem eveniet architecto",
}
COMMENT_1 = {
    "postId": 1,
    "id": 1,
    "name": "id labore ex et quam laborum",
    "email": "Eliseo@gardner.biz",
    "body": "laudantium enim quasi est quidem magnam voluptate ipsam eos\ntempora quo necessitatibus\n"
            "dolor quam autem quasi\nreiciendis et nam sapiente accusantium",
}
HTML = "<!doctype html>\n<html><head><title>aw test</title></head><body><p>Hello</p></body></html>\n"
ECHOED_HEADERS = ("Content-Type", "X-Test", "Authorization", "Cookie", "X-Session")

counter_lock = threading.Lock()
connection_count = 0


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "awtest/1.0"
    sys_version = ""

    def setup(self):
        global connection_count
        super().setup()
        with counter_lock:
            connection_count += 1
            self.conn_number = connection_count

    def log_message(self, *args):
        pass

    def send(self, status, body, ctype="application/json", extra=()):
        if isinstance(body, str):
            body = body.encode()
        if status in (204, 304):
            body = b""
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for name, value in extra:
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def body(self):
        n = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(n) if n else b""

    def route(self):
        url = urllib.parse.urlsplit(self.path)
        query = urllib.parse.parse_qs(url.query)
        path = url.path
        if "delay" in query and path != "/echo":
            time.sleep(float(query["delay"][0]))
        if path == "/json":
            return self.send(200, json.dumps(JSON_DOC))
        if path == "/posts/1":
            return self.send(200, json.dumps(POST_1, indent=2), "application/json; charset=utf-8")
        if path == "/comments/1":
            return self.send(200, json.dumps(COMMENT_1, indent=2), "application/json; charset=utf-8")
        if path == "/fixed":  # no Date header: a response whose every header is known
            self.send_response_only(200, "OK")
            for name, value in (("Content-Type", "text/plain; charset=utf-8"), ("Content-Length", "3"),
                                ("X-Multi", "1"), ("x-multi", "2")):
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(b"abc")
            return
        if path == "/text":
            return self.send(200, "hello, world\n", "text/plain; charset=utf-8")
        if path == "/html":
            return self.send(200, HTML, "text/html; charset=utf-8")
        if path == "/utf8":
            return self.send(200, "caf\u00e9 \u2615 \u65e5\u672c\n", "text/plain; charset=utf-8")
        if path == "/echo":
            doc = {
                "method": self.command,
                "path": path,
                "query": sorted((k, v) for k, vs in query.items() for v in vs),
                "headers": {h: self.headers[h] for h in ECHOED_HEADERS if h in self.headers},
                "body": self.body().decode("utf-8", "replace"),
            }
            return self.send(200, json.dumps(doc))
        if path.startswith("/status/"):
            code = int(path[len("/status/"):])
            return self.send(code, "status %d" % code, "text/plain")
        if path.startswith("/redirect/"):
            n = int(path[len("/redirect/"):])
            target = "/redirect/%d" % (n - 1) if n > 1 else "/json"
            return self.send(302, "", "text/plain", [("Location", target)])
        if path == "/see-other":
            self.body()
            return self.send(303, "", "text/plain", [("Location", "/echo")])
        if path == "/slow":
            time.sleep(float(query.get("s", ["1"])[0]))
            return self.send(200, json.dumps(JSON_DOC))
        if path == "/drip":
            return self.drip(int(query.get("n", ["10"])[0]), float(query.get("s", ["0.2"])[0]))
        if path == "/gzip":
            return self.send(200, gzip.compress(json.dumps(JSON_DOC).encode(), mtime=0), "application/json",
                             [("Content-Encoding", "gzip")])
        if path == "/conn":
            return self.send(200, str(self.conn_number), "text/plain")
        if path == "/bytes":
            n = int(query.get("n", ["256"])[0])
            return self.send(200, bytes(i % 256 for i in range(n)), "application/octet-stream")
        return self.send(404, "not found: " + path, "text/plain")

    def drip(self, n, delay):
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(n))
        self.end_headers()
        try:
            for _ in range(n):
                self.wfile.write(b"x")
                self.wfile.flush()
                time.sleep(delay)
        except OSError:
            pass

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = route


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 256

    def handle_error(self, request, client_address):
        pass  # clients that hang up early (the cancellation tests) are expected


def tls_server():
    import os
    import ssl
    here = os.path.dirname(os.path.abspath(__file__))
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(os.path.join(here, "http_server_cert.pem"), os.path.join(here, "http_server_key.pem"))
    server = Server(("127.0.0.1", 0), Handler, bind_and_activate=False)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    server.server_bind()
    server.server_activate()
    return server


def main():
    server = Server(("127.0.0.1", 0), Handler)
    secure = tls_server()
    threading.Thread(target=secure.serve_forever, daemon=True).start()
    with open(sys.argv[1] + ".tmp", "w") as f:
        f.write("http://127.0.0.1:%d\n" % server.server_address[1])
        f.write("https://127.0.0.1:%d\n" % secure.server_address[1])
    import os
    os.rename(sys.argv[1] + ".tmp", sys.argv[1])
    server.serve_forever()


if __name__ == "__main__":
    main()
