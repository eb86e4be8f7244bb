# A few MB each way: write() queues what the socket does not take, drain() waits for the
# buffer to fall below the low-water mark, the reader pauses and resumes the transport.
import asyncio

SIZE = 4 * 1024 * 1024

async def handler(reader, writer):
    # echo everything back in chunks, then half-close
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

async def send(writer, payload):
    paused_seen = False
    for i in range(0, len(payload), 1 << 20):
        writer.write(payload[i:i + (1 << 20)])
        if writer.transport.get_write_buffer_size() > 64 * 1024:
            paused_seen = True
        await writer.drain()
    writer.write_eof()
    print('writer saw a full buffer', paused_seen)

async def main():
    server = await asyncio.start_server(handler, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    print(writer.transport.get_write_buffer_limits())
    payload = bytes(range(256)) * (SIZE // 256)
    sender = asyncio.create_task(send(writer, payload))
    received = await reader.read()
    await sender
    print('received', len(received), received == payload)
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()

asyncio.run(main())
