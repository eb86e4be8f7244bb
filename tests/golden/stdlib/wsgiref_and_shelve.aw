from wsgiref.simple_server import make_server, WSGIRequestHandler
from wsgiref.util import setup_testing_defaults
from wsgiref.validate import validator
import threading, urllib.request, shelve, tempfile, os, dbm

def app(environ, start_response):
    setup_testing_defaults(environ)
    body = f"{environ['REQUEST_METHOD']} {environ['PATH_INFO']} {environ['QUERY_STRING']}".encode()
    start_response("200 OK", [("Content-Type", "text/plain"), ("Content-Length", str(len(body)))])
    return [body]

class Q(WSGIRequestHandler):
    def log_message(self, *a): pass

srv = make_server("127.0.0.1", 0, validator(app), handler_class=Q)
t = threading.Thread(target=srv.serve_forever); t.start()
with urllib.request.urlopen(f"http://127.0.0.1:{srv.server_port}/p?q=1") as r:
    print(r.status, r.headers["Content-Type"], r.read())
srv.shutdown(); t.join(); srv.server_close()

with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, "shelf")
    with shelve.open(p) as db:
        db["a"] = {"x": [1, 2]}
        db["b"] = 3
    with shelve.open(p) as db:
        print(sorted(db.keys()), db["a"], "b" in db)
    print(dbm.whichdb(p) is not None)
