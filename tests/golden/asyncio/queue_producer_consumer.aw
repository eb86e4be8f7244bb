# The classic producer/consumer with a sentinel value.
import asyncio

async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print("produced", i)
        await asyncio.sleep(0.005)
    await q.put(None)

async def consumer(q):
    total = 0
    while True:
        item = await q.get()
        if item is None:
            break
        print("consumed", item)
        total += item
    return total

async def main():
    q = asyncio.Queue()
    _, total = await asyncio.gather(producer(q, 4), consumer(q))
    print("total", total)

asyncio.run(main())
