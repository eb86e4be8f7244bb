# The client aborts while the server is writing to it: the server's drain() raises
# ConnectionResetError (the reset, not the EPIPE that follows it).
import asyncio
result = None
async def handler(reader, writer):
    global result
    try:
        while True:
            writer.write(b'y' * 65536)
            await writer.drain()
    except (ConnectionResetError, BrokenPipeError) as e:
        result = type(e).__name__
        print('server write failed:', type(e).__name__, e)
    writer.close()
async def main():
    server = await asyncio.start_server(handler, '127.0.0.1', 0)
    r, w = await asyncio.open_connection('127.0.0.1', server.sockets[0].getsockname()[1])
    await r.readexactly(100000)
    w.transport.abort()
    for _ in range(100):
        await asyncio.sleep(0.01)
        if result: break
    print('closing', w.is_closing())
    server.close()
asyncio.run(main())
