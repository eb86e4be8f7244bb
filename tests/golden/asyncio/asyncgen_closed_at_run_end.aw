# asyncio.run closes the async generators left suspended (loop.shutdown_asyncgens), so their
# finally blocks run before run() returns
import asyncio


async def ticks():
    try:
        n = 0
        while True:
            yield n
            n += 1
            await asyncio.sleep(0)
    finally:
        print("ticks closed")


async def main():
    g = ticks()
    print(await g.__anext__(), await g.__anext__())
    print("main returns")


asyncio.run(main())
print("after run")
