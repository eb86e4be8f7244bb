# Tasks alternate at every sleep(0), in the order they were created.
import asyncio

async def ticker(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)

async def main():
    t1 = asyncio.create_task(ticker("A", 3))
    t2 = asyncio.create_task(ticker("B", 3))
    print("main before await")
    await ticker("M", 2)
    await t1
    await t2

asyncio.run(main())
