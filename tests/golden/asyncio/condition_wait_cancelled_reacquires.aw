# A task cancelled in Condition.wait() re-acquires the lock before CancelledError reaches it.
import asyncio

async def waiter(cond):
    async with cond:
        try:
            await cond.wait()
        except asyncio.CancelledError:
            print("cancelled; holds the lock again:", cond.locked())
            raise
    print("not reached")

async def main():
    cond = asyncio.Condition()
    t = asyncio.create_task(waiter(cond))
    await asyncio.sleep(0)
    await cond.acquire()
    t.cancel()
    await asyncio.sleep(0)
    print("main still holds the lock; waiter done:", t.done())
    cond.release()
    await asyncio.gather(t, return_exceptions=True)
    print(t.cancelled(), cond.locked())

asyncio.run(main())
