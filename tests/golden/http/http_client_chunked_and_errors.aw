import http.server, threading, http.client, sys, io, contextlib

class H(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    def do_GET(self):
        self.send_response(200)
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        for part in (b"ab", b"cde", b""):
            self.wfile.write(b"%x\r\n%s\r\n" % (len(part), part))

srv = http.server.HTTPServer(("127.0.0.1", 0), H)
threading.Thread(target=srv.serve_forever, daemon=True).start()
c = http.client.HTTPConnection("127.0.0.1", srv.server_port)
err = io.StringIO()
with contextlib.redirect_stderr(err):
    for i in range(2):
        c.request("GET", "/c")
        r = c.getresponse()
        print(r.status, r.version, r.chunked, r.read())
    c.request("BREW", "/")
    r = c.getresponse()
    print(r.status, r.reason, r.read()[:40])
log = err.getvalue().splitlines()
print(len(log), [l.split(chr(34))[1] for l in log if chr(34) in l])
print(http.client.responses[418], http.HTTPStatus(404).phrase)
try:
    http.client.HTTPConnection("127.0.0.1", 1).request("GET", "/")
except ConnectionRefusedError as e:
    print("refused", e.errno)
srv.shutdown()
