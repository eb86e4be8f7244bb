# put() waits while the queue is full; each get() lets one waiting put() proceed.
import asyncio

async def producer(q):
    for i in range(5):
        print("putting", i)
        await q.put(i)
        print("put", i, "size", q.qsize())

async def consumer(q):
    await asyncio.sleep(0.01)
    for _ in range(5):
        item = await q.get()
        print("got", item)
        await asyncio.sleep(0)

async def main():
    q = asyncio.Queue(maxsize=2)
    await asyncio.gather(producer(q), consumer(q))

asyncio.run(main())
