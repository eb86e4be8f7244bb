# async for over an async generator and a class with __aiter__/__anext__, interleaved with a task.
import asyncio

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        self.n -= 1
        return self.n

async def background():
    for i in range(3):
        print("background", i)
        await asyncio.sleep(0)

async def main():
    t = asyncio.create_task(background())
    async for x in agen(3):
        print("agen", x)
    print([x async for x in Countdown(3)])
    await t

asyncio.run(main())
