# Cancelling a task blocked in reader.read() raises CancelledError in it; the connection stays
# usable. wait_for() times a read out the same way.
import asyncio

async def handler(reader, writer):
    data = await reader.readline()
    writer.write(b'late ' + data)
    await writer.drain()
    await reader.read()
    writer.close()

async def blocked(reader):
    try:
        await reader.read(100)
    except asyncio.CancelledError:
        print('reader task cancelled')
        raise

async def main():
    server = await asyncio.start_server(handler, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    task = asyncio.create_task(blocked(reader))
    await asyncio.sleep(0.05)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print('cancelled', task.cancelled())
    try:
        await asyncio.wait_for(reader.readline(), 0.05)
    except asyncio.TimeoutError:
        print('timed out')
    writer.write(b'ping\n')
    print(await reader.readline())
    # two readers at once is an error
    t1 = asyncio.create_task(reader.read(1))
    await asyncio.sleep(0)
    try:
        await reader.read(1)
    except RuntimeError as e:
        print('RuntimeError', e)
    t1.cancel()
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()

asyncio.run(main())
