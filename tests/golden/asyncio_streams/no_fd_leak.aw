# 300 connections opened and closed one after another, connects abandoned by a timeout and by
# cancellation: afterwards the process holds exactly the descriptors it held before.
import asyncio
import os

def open_fds():
    return len(os.listdir('/proc/self/fd'))

async def handler(reader, writer):
    data = await reader.read(100)
    writer.write(data)
    await writer.drain()
    writer.close()
    await writer.wait_closed()

async def main():
    server = await asyncio.start_server(handler, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    await asyncio.sleep(0)
    before = open_fds()
    for i in range(300):
        reader, writer = await asyncio.open_connection('127.0.0.1', port)
        writer.write(b'%d' % i)
        assert await reader.read() == b'%d' % i
        writer.close()
        await writer.wait_closed()
    try:
        await asyncio.wait_for(asyncio.open_connection('127.0.0.1', port), 0)
    except asyncio.TimeoutError:
        print('connect timed out')
    task = asyncio.create_task(asyncio.open_connection('localhost', port))
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print('connect cancelled')
    await asyncio.sleep(0.1)
    print('descriptors leaked:', open_fds() - before)
    server.close()
    await server.wait_closed()

asyncio.run(main())
