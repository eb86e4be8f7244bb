# create_connection(sock=...) and open_connection(sock=...) with a socketpair (the
# asyncio-protocol and asyncio-stream pages' "register an open socket" examples).
import asyncio
import socket


class MyProtocol(asyncio.Protocol):
    def __init__(self, on_con_lost):
        self.transport = None
        self.on_con_lost = on_con_lost

    def connection_made(self, transport):
        self.transport = transport
        print('connection_made', transport.get_extra_info('peername'))

    def data_received(self, data):
        print("Received:", data.decode())
        self.transport.write(b'reply')
        self.transport.close()

    def connection_lost(self, exc):
        self.on_con_lost.set_result(True)


async def main():
    loop = asyncio.get_running_loop()
    on_con_lost = loop.create_future()
    rsock, wsock = socket.socketpair()
    transport, protocol = await loop.create_connection(lambda: MyProtocol(on_con_lost), sock=rsock)
    loop.call_soon(wsock.send, 'abc'.encode())
    await protocol.on_con_lost
    print(wsock.recv(100))
    wsock.close()

    rsock, wsock = socket.socketpair()
    reader, writer = await asyncio.open_connection(sock=rsock)
    loop.call_soon(wsock.send, b'line one\nline two\n')
    print(await reader.readline())
    print(await reader.readline())
    writer.write(b'back')
    await writer.drain()
    print(wsock.recv(10))
    wsock.close()
    print(await reader.read())
    writer.close()
    await writer.wait_closed()

    # a TCP socket connected by the program
    server = await asyncio.start_server(lambda r, w: w.write(b'hi from server'), '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    s = socket.create_connection(('127.0.0.1', port))
    reader, writer = await asyncio.open_connection(sock=s)
    print(await reader.read(100))
    print(writer.get_extra_info('peername')[1] == port)
    writer.close()
    server.close()
    await server.wait_closed()

    s1, s2 = socket.socketpair()
    for args, kwargs in ((('127.0.0.1', 1), {'sock': s1}), ((), {})):
        try:
            await loop.create_connection(asyncio.Protocol, *args, **kwargs)
        except ValueError as e:
            print(e)
    udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        await loop.create_connection(asyncio.Protocol, sock=udp)
    except ValueError as e:
        print(str(e).split(', got')[0])
    udp.close()
    s1.close()
    s2.close()


asyncio.run(main())
