# A threaded echo server and a client on 127.0.0.1, as socket tutorials write them.
import socket
import threading


def serve(srv, ready):
    ready.set()
    conn, addr = srv.accept()
    peers.append(addr[0])   # printed by the main thread: the client prints concurrently
    with conn:
        while True:
            data = conn.recv(1024)
            if not data:
                break
            conn.sendall(data.upper())
    print("server: client closed")


srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", 0))
srv.listen()
host, port = srv.getsockname()
print("listening on", host, type(port).__name__)
peers = []
ready = threading.Event()
t = threading.Thread(target=serve, args=(srv, ready))
t.start()
ready.wait()

with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as c:
    c.connect(("127.0.0.1", port))
    print(c.getpeername() == ("127.0.0.1", port))
    for word in [b"hello", b"world", b"sockets"]:
        c.sendall(word)
        print("client got", c.recv(1024))
    print(c.family, c.type, repr(c.family), repr(c.type), c.proto, c.gettimeout())
t.join()
print("server: peer was", peers[0])
srv.close()
print(repr(srv))
print(srv.fileno())

# the same through create_server / create_connection and makefile
srv = socket.create_server(("127.0.0.1", 0))
port = srv.getsockname()[1]


def lines(srv):
    conn, _ = srv.accept()
    with conn, conn.makefile("rb") as rf, conn.makefile("wb") as wf:
        for line in rf:
            wf.write(b"> " + line)
            wf.flush()


t = threading.Thread(target=lines, args=(srv,))
t.start()
with socket.create_connection(("localhost", port), timeout=5) as c:
    print(c.gettimeout())
    f = c.makefile("r", encoding="utf-8")
    for text in ["first line\n", "second line\n", "héllo\n"]:
        c.sendall(text.encode())
        print(repr(f.readline()))
    c.shutdown(socket.SHUT_WR)
    print(repr(f.read()))
    f.close()
t.join()
srv.close()
