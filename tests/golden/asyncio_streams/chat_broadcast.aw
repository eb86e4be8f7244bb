# A chat server: every line a client sends goes to all the other clients.
import asyncio

clients = {}

async def handle(reader, writer):
    name = (await reader.readline()).decode().strip()
    clients[name] = writer
    writer.write(b'welcome %s\n' % name.encode())
    await writer.drain()
    async for line in reader:
        msg = b'<%s> %s' % (name.encode(), line)
        for other, w in clients.items():
            if other != name:
                w.write(msg)
                await w.drain()
    del clients[name]
    for w in clients.values():
        w.write(b'* %s left\n' % name.encode())
    writer.close()

async def join(port, name):
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    writer.write(name.encode() + b'\n')
    print(name, 'got', await reader.readline())
    return reader, writer

async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    ra, wa = await join(port, 'alice')
    rb, wb = await join(port, 'bob')
    rc, wc = await join(port, 'carol')
    wa.write(b'hi all\n')
    print('bob sees', await rb.readline())
    print('carol sees', await rc.readline())
    wb.write(b'hey alice\n')
    print('alice sees', await ra.readline())
    print('carol sees', await rc.readline())
    wc.close()
    print('alice sees', await ra.readline())
    print('bob sees', await rb.readline())
    wa.close()
    wb.close()
    await asyncio.sleep(0.05)
    print('clients left', sorted(clients))
    server.close()
    await server.wait_closed()

asyncio.run(main())
