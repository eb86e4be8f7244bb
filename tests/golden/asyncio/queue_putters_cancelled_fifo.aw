# Putters blocked on a full queue: a cancelled one (pending or already woken) puts nothing,
# the others put in FIFO order.
import asyncio

async def main():
    q = asyncio.Queue(maxsize=1)
    q.put_nowait("first")
    log = []

    async def putter(item):
        try:
            await q.put(item)
            log.append(("put", item))
        except asyncio.CancelledError:
            log.append(("cancelled", item))
            raise

    tasks = [asyncio.create_task(putter(i)) for i in range(4)]
    await asyncio.sleep(0)
    tasks[1].cancel()
    await asyncio.sleep(0)
    print(log, q.qsize(), q.full())
    print(q.get_nowait())
    tasks[0].cancel()
    await asyncio.sleep(0)
    print(log, q.qsize())
    while len([t for t in tasks if not t.done()]):
        print("got", await q.get())
    await asyncio.gather(*tasks, return_exceptions=True)
    print(log, q.qsize(), q._unfinished_tasks)

asyncio.run(main())
