# The tutorial echo server: one client sends lines, the server echoes each one back.
import asyncio

async def handle_echo(reader, writer):
    addr = writer.get_extra_info('peername')
    print('server: peer host', addr[0])
    while True:
        data = await reader.readline()
        if not data:
            break
        print('server got', data)
        writer.write(data)
        await writer.drain()
    print('server: client closed, at_eof', reader.at_eof())
    writer.close()
    await writer.wait_closed()

async def main():
    server = await asyncio.start_server(handle_echo, '127.0.0.1', 0)
    host, port = server.sockets[0].getsockname()
    print('serving on', host, type(port).__name__, server.is_serving())
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    print('client sockname host', writer.get_extra_info('sockname')[0])
    print('peer port matches', writer.get_extra_info('peername')[1] == port)
    for msg in [b'hello\n', b'world\n', b'\n', b'last line\n']:
        writer.write(msg)
        await writer.drain()
        print('client got', await reader.readline())
    print('can_write_eof', writer.can_write_eof(), 'is_closing', writer.is_closing())
    writer.close()
    print('is_closing after close', writer.is_closing())
    await writer.wait_closed()
    await asyncio.sleep(0.05)
    server.close()
    await server.wait_closed()
    print('serving', server.is_serving(), server.sockets)

asyncio.run(main())
