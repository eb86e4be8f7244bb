# aw --timeline: a producer fills a queue, two named workers take items until cancelled.
import asyncio


async def worker(name, queue):
    while True:
        item = await queue.get()
        await asyncio.sleep(item)
        print(name, "did", item)
        queue.task_done()


async def main():
    queue = asyncio.Queue()
    workers = [asyncio.create_task(worker(f"w{i}", queue), name=f"worker-{i}") for i in range(2)]
    for item in (1, 2, 1, 3):
        await queue.put(item)
    await queue.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print("all done")


asyncio.run(main())
