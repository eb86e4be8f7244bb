# SimpleHTTPRequestHandler serves a directory; urlopen, urlretrieve and to_thread read it.
import asyncio, functools, http.server, os, socketserver, tempfile, threading, urllib.request


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


with tempfile.TemporaryDirectory() as root:
    with open(os.path.join(root, "a.txt"), "w") as f:
        f.write("hello file\n")
    os.mkdir(os.path.join(root, "sub"))
    handler = functools.partial(Quiet, directory=root)
    with socketserver.TCPServer(("127.0.0.1", 0), handler) as srv:
        port = srv.server_address[1]
        th = threading.Thread(target=srv.serve_forever)
        th.start()
        url = f"http://127.0.0.1:{port}/"
        with urllib.request.urlopen(url + "a.txt") as r:
            print(r.status, r.headers.get_content_type(), r.headers["Content-Length"], r.read())
        with urllib.request.urlopen(url) as r:
            listing = r.read().decode()
            print(r.status, "a.txt" in listing, "sub/" in listing, listing.splitlines()[0])
        with urllib.request.urlopen(url + "sub") as r:   # redirected to sub/
            print(r.status, r.url.endswith("/sub/"))
        try:
            urllib.request.urlopen(url + "nothing.txt")
        except urllib.error.HTTPError as e:
            print("HTTPError", e.code, e.reason)

        async def main():
            fetch = lambda: urllib.request.urlopen(url + "a.txt").read()
            print(await asyncio.gather(*(asyncio.to_thread(fetch) for _ in range(3))))

        asyncio.run(main())
        target = os.path.join(root, "got.txt")
        name, headers = urllib.request.urlretrieve(url + "a.txt", target)
        with open(name) as f:
            print(name == target, f.read().strip(), headers["Content-Length"])
        srv.shutdown()
        th.join()
