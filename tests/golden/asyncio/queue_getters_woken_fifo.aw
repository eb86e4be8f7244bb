# Consumers blocked in get() are served in the order they started waiting.
import asyncio

async def consumer(name, q):
    item = await q.get()
    print(name, "got", item)

async def main():
    q = asyncio.Queue()
    tasks = [asyncio.create_task(consumer(n, q)) for n in ("c1", "c2", "c3")]
    await asyncio.sleep(0)
    print(str(q))
    for i in range(3):
        q.put_nowait(i)
        print("put", i)
    await asyncio.gather(*tasks)

asyncio.run(main())
