# A writer blocked in drain() (the peer does not read) can be cancelled; abort() then drops
# the queued data and the reader on the other side sees the connection end.
import asyncio

started = asyncio.Event

async def main():
    got = asyncio.Queue()
    async def handler(reader, writer):
        writer.transport.pause_reading()
        await got.put((reader, writer))
    server = await asyncio.start_server(handler, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    sreader, swriter = await got.get()
    async def flood():
        chunk = b'z' * 65536
        while True:
            writer.write(chunk)
            await writer.drain()
    task = asyncio.create_task(flood())
    await asyncio.sleep(0.2)
    print('buffer above the high-water mark', writer.transport.get_write_buffer_size() > 65536)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print('flood cancelled while draining')
    writer.transport.abort()
    print('closing', writer.is_closing())
    await writer.wait_closed()
    print('wait_closed returned')
    swriter.transport.resume_reading()
    data = await sreader.read()
    print('server read some bytes then EOF', len(data) > 0, sreader.at_eof())
    swriter.close()
    server.close()
    await server.wait_closed()

asyncio.run(main())
