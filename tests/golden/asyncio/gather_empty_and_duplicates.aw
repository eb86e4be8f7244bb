# gather() with no arguments gives []; the same awaitable passed twice runs once.
import asyncio

runs = 0

async def count():
    global runs
    runs += 1
    await asyncio.sleep(0)
    return runs

async def main():
    print(await asyncio.gather())
    t = asyncio.create_task(count())
    print(await asyncio.gather(t, t, t))
    c = count()
    print(await asyncio.gather(c, c))
    print("runs:", runs)

asyncio.run(main())
