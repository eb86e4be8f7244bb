# write() wants bytes, refuses data after write_eof(), ignores b''; close() after the loop
# closed is "Event loop is closed", as in CPython.
import asyncio

saved = []

async def handler(reader, writer):
    print('server read', await reader.read())
    writer.close()

async def main():
    server = await asyncio.start_server(handler, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    saved.append((await asyncio.open_connection('127.0.0.1', port))[1])
    for bad in ['text', 42, None]:
        try:
            writer.write(bad)
        except TypeError as e:
            print('TypeError', e)
    writer.write(b'')
    writer.write(bytearray(b'from a bytearray;'))
    writer.writelines([b'a', bytearray(b'b'), b'c'])
    writer.write_eof()
    writer.write_eof()
    try:
        writer.write(b'x')
    except RuntimeError as e:
        print('RuntimeError', e)
    print('client read', await reader.read())
    writer.close()
    writer.close()
    print('closing', writer.is_closing())
    await writer.wait_closed()
    server.close()
    await server.wait_closed()

asyncio.run(main())
left_open = saved[0]
print('left open, closing:', left_open.is_closing())
try:
    left_open.close()
except RuntimeError as e:
    print('RuntimeError', e)
try:
    asyncio.run(asyncio.open_connection('127.0.0.1', 1))
except ConnectionRefusedError as e:
    print(e)
print('done')
