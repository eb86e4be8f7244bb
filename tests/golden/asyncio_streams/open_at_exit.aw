# The program ends with a server listening, connections open and a task blocked in read():
# asyncio.run cancels the task and closing the loop closes every socket.
import asyncio

async def handler(reader, writer):
    writer.write(b'hello\n')
    try:
        await reader.read()
    except asyncio.CancelledError:
        print('handler cancelled at exit')
        raise

async def main():
    server = await asyncio.start_server(handler, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    print(await reader.readline())
    writer.write(b'x' * 100000)
    print('leaving main')

asyncio.run(main())
print('after run')
