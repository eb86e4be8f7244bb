# Streams on 127.0.0.1: connections to a numeric address start in the step that asks for them, so
# concurrent clients reach the server in CPython's order.
import asyncio

async def handle(reader, writer):
    addr = writer.get_extra_info('peername')
    while True:
        data = await reader.readline()
        if not data:
            break
        msg = data.decode().strip()
        print(f"server got {msg!r}")
        writer.write(f"echo {msg}\n".encode())
        await writer.drain()
    writer.close()
    await writer.wait_closed()

async def client(port, name, n):
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    for i in range(n):
        writer.write(f"{name}-{i}\n".encode())
        await writer.drain()
        line = await reader.readline()
        print(name, "got", line.decode().strip())
    writer.write_eof() if writer.can_write_eof() else None
    writer.close()
    await writer.wait_closed()

async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        await client(port, "a", 2)
        await asyncio.gather(client(port, "b", 1), client(port, "c", 1))
        r, w = await asyncio.open_connection('127.0.0.1', port)
        w.write(b"x\ny\n")
        print(await r.readexactly(7), await r.readuntil(b"\n"))
        w.close()
        try:
            await asyncio.wait_for(r.read(), 1)
        except Exception as e:
            print(type(e).__name__)
        await w.wait_closed()
        print(server.is_serving())
    print(server.is_serving())

asyncio.run(main())
