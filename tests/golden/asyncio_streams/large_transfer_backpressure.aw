# 8 MB each way: write() queues what the socket does not take (the peer is not reading yet,
# so the transport's buffer passes the high-water mark), drain() waits for it to fall below
# the low-water mark, the reader pauses and resumes the transport.
import asyncio

SIZE = 8 * 1024 * 1024

async def handler(reader, writer, go):
    writer.transport.pause_reading()
    await go.wait()
    writer.transport.resume_reading()
    # echo everything back in chunks, then close
    total = 0
    while True:
        chunk = await reader.read(65536)
        if not chunk:
            break
        total += len(chunk)
        writer.write(chunk)
        await writer.drain()
    print('server echoed', total)
    writer.close()
    await writer.wait_closed()

async def send(writer, payload, go):
    writer.write(payload)
    print('buffered beyond the high-water mark', writer.transport.get_write_buffer_size() > 64 * 1024)
    go.set()
    await writer.drain()
    print('drained, buffer below the low-water mark', writer.transport.get_write_buffer_size() <= 16 * 1024)
    writer.write_eof()

async def main():
    go = asyncio.Event()
    server = await asyncio.start_server(lambda r, w: handler(r, w, go), '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    print(writer.transport.get_write_buffer_limits())
    await asyncio.sleep(0.05)
    payload = bytes(range(256)) * (SIZE // 256)
    sender = asyncio.create_task(send(writer, payload, go))
    received = await reader.read()
    await sender
    print('received', len(received), received == payload)
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()

asyncio.run(main())
