import http.server, threading, urllib.request, urllib.error, http.client, json

class H(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path == "/missing":
            self.send_error(404, "nope")
            return
        body = json.dumps({"path": self.path, "ua": self.headers.get("User-Agent", "")[:7]}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def do_POST(self):
        n = int(self.headers["Content-Length"])
        data = self.rfile.read(n)
        self.send_response(201)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data.upper())
    def log_message(self, fmt, *args):
        pass

srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), H)
port = srv.server_address[1]
t = threading.Thread(target=srv.serve_forever, daemon=True)
t.start()
base = f"http://127.0.0.1:{port}"
with urllib.request.urlopen(base + "/hello?x=1") as r:
    print(r.status, r.reason, r.headers["Content-Type"], json.loads(r.read()))
try:
    urllib.request.urlopen(base + "/missing")
except urllib.error.HTTPError as e:
    print("HTTPError", e.code, e.reason, type(e.headers).__name__)
req = urllib.request.Request(base + "/p", data=b"abc", method="POST")
with urllib.request.urlopen(req) as r:
    print(r.status, r.read())
c = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
c.request("GET", "/x")
r = c.getresponse()
print(r.status, r.getheader("content-length"), r.read())
c.request("POST", "/y", body="hi", headers={"X-A": "1"})
r = c.getresponse()
print(r.status, r.read(), sorted(k for k, v in r.getheaders()))
c.close()
try:
    urllib.request.urlopen("http://127.0.0.1:1/")
except urllib.error.URLError as e:
    print("URLError", type(e.reason).__name__)
srv.shutdown()
srv.server_close()
print("done")
