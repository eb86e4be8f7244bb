# Name resolution and bind failures: socket.gaierror for a name that does not resolve, the
# bind error of a port in use, and 'localhost' trying each of its addresses.
import asyncio

async def main():
    try:
        await asyncio.open_connection('nonexistent.invalid', 80)
    except OSError as e:
        print(type(e).__name__, type(e).__module__, isinstance(e, OSError))
    try:
        await asyncio.start_server(lambda r, w: None, 'nonexistent.invalid', 0)
    except OSError as e:
        print(type(e).__name__)
    server = await asyncio.start_server(lambda r, w: w.close(), '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    try:
        await asyncio.start_server(lambda r, w: None, '127.0.0.1', port)
    except OSError as e:
        print(type(e).__name__, e.errno, str(e).replace(str(port), 'PORT'))
    reader, writer = await asyncio.open_connection('localhost', port)
    print('localhost reached', writer.get_extra_info('peername')[0], await reader.read())
    writer.close()
    everywhere = await asyncio.start_server(lambda r, w: None, None, 0)
    print('host None binds', len(everywhere.sockets), 'sockets')
    everywhere.close()
    server.close()
    await server.wait_closed()

asyncio.run(main())
