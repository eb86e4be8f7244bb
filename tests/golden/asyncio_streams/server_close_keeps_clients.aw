# Server.close() stops accepting but (in 3.11) leaves the open connections alone, and
# wait_closed() then returns at once; new connections are refused.
import asyncio

async def handler(reader, writer):
    async for line in reader:
        writer.write(b'echo ' + line)
    writer.close()

async def main():
    server = await asyncio.start_server(handler, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    writer.write(b'one\n')
    print(await reader.readline())
    server.close()
    await server.wait_closed()
    print('closed; serving', server.is_serving(), 'sockets', server.sockets)
    writer.write(b'two\n')
    print(await reader.readline())
    try:
        await asyncio.open_connection('127.0.0.1', port)
    except ConnectionRefusedError:
        print('new connection refused')
    writer.write_eof()
    print(await reader.read())
    writer.close()
    await writer.wait_closed()
    server.close()

asyncio.run(main())
