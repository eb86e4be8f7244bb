# A cancelled put() on a full queue does not add its item.
import asyncio

async def main():
    q = asyncio.Queue(1)
    q.put_nowait("first")
    t = asyncio.create_task(q.put("second"))
    u = asyncio.create_task(q.put("third"))
    await asyncio.sleep(0)
    print(str(q))
    t.cancel()
    await asyncio.sleep(0)
    print(q.get_nowait())
    await asyncio.sleep(0)
    print(q.get_nowait(), q.empty(), t.cancelled(), u.done())

asyncio.run(main())
