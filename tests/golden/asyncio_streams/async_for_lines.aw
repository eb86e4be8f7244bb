# `async for line in reader` reads line by line until EOF; write_eof half-closes.
import asyncio

async def handler(reader, writer):
    count = 0
    async for line in reader:
        count += 1
        writer.write(b'%d:' % count + line.upper())
    writer.write(b'total %d\n' % count)
    await writer.drain()
    writer.close()

async def main():
    server = await asyncio.start_server(handler, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    writer.writelines([b'alpha\n', b'beta\n', b'gam', b'ma\n', b'no newline'])
    writer.write_eof()
    async for line in reader:
        print(line)
    print('eof', reader.at_eof(), await reader.read(), await reader.readline())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()

asyncio.run(main())
