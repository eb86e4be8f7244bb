# QueueFull, QueueEmpty, task_done() past zero, join() with nothing unfinished.
import asyncio

async def main():
    q = asyncio.Queue(2)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("empty:", repr(e), str(e) == "", type(e).__module__, isinstance(e, Exception))
    q.put_nowait(1)
    q.put_nowait(2)
    try:
        q.put_nowait(3)
    except asyncio.QueueFull as e:
        print("full:", repr(e), type(e).__qualname__)
    print(q.qsize(), q.full(), q.empty(), q._unfinished_tasks)
    q.get_nowait()
    q.task_done()
    q.get_nowait()
    q.task_done()
    await q.join()
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    unbounded = asyncio.Queue(0)
    neg = asyncio.Queue(-3)
    for i in range(100):
        unbounded.put_nowait(i)
        neg.put_nowait(i)
    print(unbounded.full(), neg.full(), neg.qsize(), neg.maxsize)
    joined = []

    async def joiner(name):
        await unbounded.join()
        joined.append(name)

    js = [asyncio.create_task(joiner(n)) for n in "xy"]
    await asyncio.sleep(0)
    for i in range(100):
        unbounded.get_nowait()
        unbounded.task_done()
    print(joined, unbounded._finished.is_set())
    await asyncio.gather(*js)
    print(joined)

asyncio.run(main())
