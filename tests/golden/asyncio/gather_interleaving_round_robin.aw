# Children of gather start in argument order and interleave round robin at each sleep(0).
import asyncio

async def worker(name, steps):
    for i in range(steps):
        print(name, i)
        await asyncio.sleep(0)
    return name

async def main():
    print(await asyncio.gather(worker("a", 3), worker("b", 2), worker("c", 3)))

asyncio.run(main())
