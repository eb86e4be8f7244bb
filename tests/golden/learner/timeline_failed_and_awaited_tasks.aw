# aw --timeline: main awaits a task that fails, another that is cancelled, and one that
# waits on an event and a lock.
import asyncio


async def fails():
    await asyncio.sleep(1)
    raise KeyError("missing")


async def slow():
    await asyncio.sleep(10)


async def waits(event, lock):
    await event.wait()
    async with lock:
        print("got the lock")


async def main():
    event, lock = asyncio.Event(), asyncio.Lock()
    t1 = asyncio.create_task(fails())
    t2 = asyncio.create_task(slow())
    t3 = asyncio.create_task(waits(event, lock))
    async with lock:
        try:
            await t1
        except KeyError as e:
            print("caught", repr(e))
        event.set()
        await asyncio.sleep(1)
    t2.cancel()
    await asyncio.sleep(0)
    await t3
    print(t2.cancelled())


asyncio.run(main())
