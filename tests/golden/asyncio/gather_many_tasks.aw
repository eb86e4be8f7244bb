# gather of 5,000 tasks: results in order, all done.
import asyncio

async def work(i):
    await asyncio.sleep(0)
    return i % 7

async def main():
    tasks = [asyncio.create_task(work(i)) for i in range(5000)]
    results = await asyncio.gather(*tasks)
    print(len(results), sum(results), results[:8], all(t.done() for t in tasks))

asyncio.run(main())
