# start_server/create_server take as many loop iterations as CPython's before the server exists
# (one resolution task per host, gathered, then a skipped iteration once serving), so a task
# cancelled meanwhile stops at the same point; the resolution tasks use up Task-N names.
import asyncio


async def make_server(log):
    server = await asyncio.start_server(lambda r, w: None, "127.0.0.1", 0)
    log.append("created")
    try:
        await asyncio.sleep(10)
    finally:
        server.close()
        await server.wait_closed()
        log.append("closed")


async def main():
    for rounds in range(7):
        log = []
        task = asyncio.create_task(make_server(log))
        for _ in range(rounds):
            await asyncio.sleep(0)
        task.cancel()
        try:
            await task
        except asyncio.CancelledError:
            pass
        print(rounds, log)
    server = await asyncio.start_server(lambda r, w: None, ["127.0.0.1", "127.0.0.1"], 0)
    print(len(server.sockets), "sockets")
    server.close()
    await server.wait_closed()
    print(asyncio.create_task(asyncio.sleep(0)).get_name())


asyncio.run(main())
