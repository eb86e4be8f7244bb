# A cancelled get() leaves the queue consistent: the item goes to the next waiter.
import asyncio

async def consumer(name, q):
    try:
        item = await q.get()
        print(name, "got", item)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def main():
    q = asyncio.Queue()
    a = asyncio.create_task(consumer("a", q))
    b = asyncio.create_task(consumer("b", q))
    await asyncio.sleep(0)
    q.put_nowait("item")
    a.cancel()
    await asyncio.sleep(0.01)
    print(a.cancelled(), b.done(), q.qsize())

asyncio.run(main())
