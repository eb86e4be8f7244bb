# close() right after a big write() still sends everything: the transport closes once its
# buffer is flushed, and wait_closed() returns after that.
import asyncio

async def handler(reader, writer):
    writer.write(b'z' * (8 * 1024 * 1024))
    print('closing with a full buffer', writer.transport.get_write_buffer_size() > 0)
    writer.close()
    await writer.wait_closed()
    print('server closed after flushing')

async def main():
    server = await asyncio.start_server(handler, '127.0.0.1', 0)
    reader, writer = await asyncio.open_connection('127.0.0.1', server.sockets[0].getsockname()[1])
    await asyncio.sleep(0.1)
    data = await reader.read()
    print('client got', len(data), data == b'z' * len(data))
    writer.close()
    server.close()

asyncio.run(main())
