# start_unix_server / open_unix_connection: the same streams over a Unix-domain socket;
# connecting to a missing path raises FileNotFoundError.
import asyncio
import os

seen = []
PATH = '/tmp/aw_streams_test_%d.sock' % os.getpid()

async def handler(reader, writer):
    seen.append(writer.get_extra_info('sockname') == PATH)
    async for line in reader:
        writer.write(line[::-1])
    writer.close()

async def main():
    server = await asyncio.start_unix_server(handler, PATH)
    print('listening at path', server.sockets[0].getsockname() == PATH)
    reader, writer = await asyncio.open_unix_connection(PATH)
    print('client peername is the path', writer.get_extra_info('peername') == PATH)
    writer.write(b'abc\n')
    print(await reader.readline())
    writer.write(b'hello\n')
    writer.write_eof()
    print(await reader.read())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()
    print('server sockname was the path', seen)
    if os.path.exists(PATH):   # CPython 3.11 leaves the file; aw (libuv) removes it
        os.unlink(PATH)
    try:
        await asyncio.open_unix_connection(PATH)
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, e.strerror)

asyncio.run(main())
