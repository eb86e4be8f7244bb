# The server closes with unread data in its socket (it paused reading): the kernel resets the
# connection and the client's read raises ConnectionResetError, kept by the reader.
import asyncio

async def handler(reader, writer):
    writer.transport.pause_reading()
    await asyncio.sleep(0.1)    # the client's bytes arrive and stay unread
    writer.close()

async def main():
    server = await asyncio.start_server(handler, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    writer.write(b'x' * 1000)
    await writer.drain()
    try:
        print(await reader.read())
    except ConnectionResetError as e:
        print(type(e).__name__, e)
    print('exception kept', type(reader.exception()).__name__)
    try:
        await reader.readline()
    except ConnectionResetError as e:
        print('again', e)
    print('closing', writer.is_closing())
    try:
        await writer.drain()
    except ConnectionResetError as e:
        print('drain', type(e).__name__, e)
    try:
        await writer.wait_closed()
    except ConnectionResetError as e:
        print('wait_closed', e)
    writer.close()
    server.close()
    await server.wait_closed()

asyncio.run(main())
