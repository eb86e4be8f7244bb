# Connecting to a port nobody listens on raises ConnectionRefusedError, as CPython words it.
import asyncio

async def main():
    server = await asyncio.start_server(lambda r, w: None, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    server.close()
    await server.wait_closed()
    try:
        await asyncio.open_connection('127.0.0.1', port)
    except ConnectionRefusedError as e:
        print(type(e).__name__, e.errno, isinstance(e, OSError))
        print(str(e).replace(str(port), 'PORT'))
    try:
        await asyncio.open_connection()
    except ValueError as e:
        print('ValueError', e)
    try:
        await asyncio.open_connection('127.0.0.1', 'not a port')
    except OSError as e:
        print(type(e).__name__, isinstance(e, OSError))

asyncio.run(main())
