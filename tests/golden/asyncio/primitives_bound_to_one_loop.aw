# A Lock (or Queue, Event...) that once waited in one event loop cannot wait in another.
import asyncio

lock = asyncio.Lock()
q = asyncio.Queue()

async def contend():
    await lock.acquire()
    t = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    lock.release()
    await t
    lock.release()

async def use_queue():
    getter = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    q.put_nowait(1)
    return await getter

asyncio.run(contend())
print(asyncio.run(use_queue()))
for coro in (contend(), use_queue()):
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("RuntimeError:", str(e).endswith("is bound to a different event loop"))
