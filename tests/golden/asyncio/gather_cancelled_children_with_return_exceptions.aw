# With return_exceptions, a cancelled Task child gives CancelledError('') and a cancelled
# plain Future child keeps its message.
import asyncio

async def sleeper():
    await asyncio.sleep(1)

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(sleeper())
    f = loop.create_future()
    g = asyncio.gather(t, f, asyncio.sleep(0, "fine"), return_exceptions=True)
    await asyncio.sleep(0)
    t.cancel("task msg")
    f.cancel("future msg")
    results = await g
    for r in results:
        print(type(r).__name__, repr(r))

asyncio.run(main())
