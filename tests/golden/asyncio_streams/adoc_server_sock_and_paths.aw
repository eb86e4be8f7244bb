# create_server(sock=), create_unix_server(sock=) and path-like paths, and the ValueErrors for
# SSL-only arguments without ssl.
import asyncio
import os
import pathlib
import socket
import tempfile


async def handle(reader, writer):
    writer.write((await reader.readline()).upper())
    await writer.drain()
    writer.close()


async def ask(reader, writer, text):
    writer.write(text)
    line = await reader.readline()
    writer.close()
    await writer.wait_closed()
    return line


async def main():
    loop = asyncio.get_running_loop()
    lsock = socket.socket()
    lsock.bind(('127.0.0.1', 0))
    port = lsock.getsockname()[1]
    server = await asyncio.start_server(handle, sock=lsock)
    print(server.is_serving(), server.sockets[0].getsockname()[1] == port)
    print(await ask(*await asyncio.open_connection('127.0.0.1', port), b'tcp via sock\n'))
    server.close()
    await server.wait_closed()

    d = tempfile.mkdtemp()
    path = pathlib.Path(d) / 'srv.sock'
    server = await asyncio.start_unix_server(handle, path)
    print(await ask(*await asyncio.open_unix_connection(path), b'pathlib path\n'))
    server.close()
    await server.wait_closed()

    usock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    usock.bind(os.path.join(d, 'bound.sock'))
    server = await loop.create_unix_server(asyncio.Protocol, sock=usock)
    print(server.is_serving())
    server.close()
    await server.wait_closed()

    bad = [
        lambda: loop.create_server(asyncio.Protocol, '127.0.0.1', 0, sock=socket.socket()),
        lambda: loop.create_server(asyncio.Protocol, sock=socket.socket(type=socket.SOCK_DGRAM)),
        lambda: loop.create_unix_server(asyncio.Protocol, sock=socket.socket()),
        lambda: loop.create_unix_server(asyncio.Protocol, 'p', sock=socket.socket(socket.AF_UNIX)),
        lambda: loop.create_unix_connection(asyncio.Protocol, sock=socket.socket()),
        lambda: loop.create_unix_server(asyncio.Protocol, 'spam', ssl_handshake_timeout=1),
        lambda: loop.create_connection(asyncio.Protocol, '127.0.0.1', 1, server_hostname='x'),
        lambda: loop.create_connection(asyncio.Protocol, '127.0.0.1', 1, ssl_shutdown_timeout=1),
    ]
    for make in bad:
        try:
            await make()
        except ValueError as e:
            print('ValueError:', str(e).split(', got')[0])


asyncio.run(main())
