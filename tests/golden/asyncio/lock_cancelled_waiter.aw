# A waiter cancelled while queued for a Lock does not get it; the next one does.
import asyncio

async def waiter(name, lock):
    try:
        async with lock:
            print(name, "acquired")
    except asyncio.CancelledError:
        print(name, "cancelled while waiting")
        raise

async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    a = asyncio.create_task(waiter("a", lock))
    b = asyncio.create_task(waiter("b", lock))
    await asyncio.sleep(0)
    a.cancel()
    await asyncio.sleep(0)
    lock.release()
    await asyncio.gather(a, b, return_exceptions=True)
    print("locked:", lock.locked())

asyncio.run(main())
