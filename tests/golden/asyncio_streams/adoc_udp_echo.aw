# UDP echo server and client over loop.create_datagram_endpoint (the asyncio-protocol page's
# example), plus the endpoint's argument errors and the transport's methods.
import asyncio
import socket


class EchoServerProtocol(asyncio.DatagramProtocol):
    def connection_made(self, transport):
        self.transport = transport

    def datagram_received(self, data, addr):
        message = data.decode()
        print('Received %r from %s' % (message, type(addr).__name__))
        self.transport.sendto(data.upper(), addr)


class EchoClientProtocol(asyncio.DatagramProtocol):
    def __init__(self, messages, on_con_lost):
        self.messages = messages
        self.on_con_lost = on_con_lost

    def connection_made(self, transport):
        self.transport = transport
        print('client connected', transport.is_closing())
        for m in self.messages:
            transport.sendto(m.encode())

    def datagram_received(self, data, addr):
        print("Received:", data.decode())
        self.messages.pop(0)
        if not self.messages:
            self.transport.close()

    def error_received(self, exc):
        print('Error received:', exc)

    def connection_lost(self, exc):
        print("Connection closed", exc)
        self.on_con_lost.set_result(True)


async def main():
    loop = asyncio.get_running_loop()
    transport, protocol = await loop.create_datagram_endpoint(
        EchoServerProtocol, local_addr=('127.0.0.1', 0))
    host, port = transport.get_extra_info('sockname')
    print(host, transport.get_extra_info('peername'), transport.get_protocol() is protocol)
    print(transport.get_extra_info('socket').type == socket.SOCK_DGRAM)
    on_con_lost = loop.create_future()
    ctransport, cprotocol = await loop.create_datagram_endpoint(
        lambda: EchoClientProtocol(['one', 'two'], on_con_lost), remote_addr=('127.0.0.1', port))
    print(ctransport.get_extra_info('peername') == ('127.0.0.1', port))
    try:
        ctransport.sendto(b'x', ('127.0.0.1', 1))
    except ValueError as e:
        print('ValueError:', str(e).split(':')[0])
    try:
        ctransport.sendto('text')
    except TypeError as e:
        print('TypeError:', e)
    ctransport.sendto(b'')   # nothing sent
    await on_con_lost
    print(ctransport.is_closing(), ctransport.get_write_buffer_size())
    transport.close()
    await asyncio.sleep(0)

    # a socket made by the program
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(('127.0.0.1', 0))
    got = loop.create_future()

    class Once(asyncio.DatagramProtocol):
        def datagram_received(self, data, addr):
            got.set_result(data)

    t2, _ = await loop.create_datagram_endpoint(Once, sock=sock)
    out = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    out.sendto(b'via sock=', sock.getsockname())
    print(await got)
    out.close()
    t2.abort()
    await asyncio.sleep(0)
    print(sock.fileno())

    for kwargs in ({}, {'sock': socket.socket(), }, {'sock': sock, 'family': 2},
                   {'local_addr': '127.0.0.1'}, {'local_addr': ('127.0.0.1', 0), 'reuse_address': True}):
        try:
            await loop.create_datagram_endpoint(asyncio.DatagramProtocol, **kwargs)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, str(e).split(', got')[0])
        s = kwargs.get('sock')
        if s is not None:
            s.close()


asyncio.run(main())
