# loop.sock_accept/sock_connect/sock_recv/sock_sendall echo server, add_reader/add_writer and their removal, sock_recv_into, getaddrinfo, a refused connect.
import asyncio
import socket


async def handle(loop, conn):
    with conn:
        while True:
            data = await loop.sock_recv(conn, 1024)
            if not data:
                break
            await loop.sock_sendall(conn, data.upper())


async def server(loop, srv, n):
    for _ in range(n):
        conn, addr = await loop.sock_accept(srv)
        print("accepted from", addr[0], conn.getblocking())
        loop.create_task(handle(loop, conn))


async def client(loop, port, msg):
    c = socket.socket()
    c.setblocking(False)
    await loop.sock_connect(c, ("127.0.0.1", port))
    await loop.sock_sendall(c, msg)
    reply = await loop.sock_recv(c, 1024)
    c.close()
    return reply


async def main():
    loop = asyncio.get_running_loop()
    srv = socket.socket()
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind(("127.0.0.1", 0))
    srv.listen()
    srv.setblocking(False)
    port = srv.getsockname()[1]
    accepter = loop.create_task(server(loop, srv, 3))
    replies = await asyncio.gather(*(client(loop, port, m) for m in [b"one", b"two", b"three"]))
    print(replies)
    await accepter
    srv.close()

    a, b = socket.socketpair()
    a.setblocking(False)
    b.setblocking(False)
    got = []
    loop.add_reader(b, lambda: got.append(b.recv(100)))
    a.send(b"ping")
    await asyncio.sleep(0.05)
    print(got, loop.remove_reader(b), loop.remove_reader(b))
    fut = loop.create_future()
    loop.add_writer(a.fileno(), lambda: fut.done() or fut.set_result("writable"))
    print(await fut, loop.remove_writer(a.fileno()))
    loop.set_debug(True)
    try:
        await loop.sock_recv(socket.socket(), 10)
    except ValueError as e:
        print("ValueError:", e)
    loop.set_debug(False)
    buf = bytearray(10)
    a.send(b"into")
    print(await loop.sock_recv_into(b, buf), buf)
    a.close()
    b.close()
    print((await loop.getaddrinfo("127.0.0.1", 80, type=socket.SOCK_STREAM))[0][4])
    try:
        c = socket.socket()
        c.setblocking(False)
        await loop.sock_connect(c, ("127.0.0.1", 1))
    except ConnectionRefusedError as e:
        print("refused:", e.errno)
    finally:
        c.close()


asyncio.run(main())
