# A task calling acquire() while others wait for the lock queues behind them, even when the lock
# is free at that moment (the woken waiter has not run yet).
import asyncio

async def waiter(name, lock, log):
    await lock.acquire()
    log.append(name)
    lock.release()

async def main():
    lock = asyncio.Lock()
    log = []
    await lock.acquire()
    t = asyncio.create_task(waiter("queued", lock, log))
    await asyncio.sleep(0)
    lock.release()
    print("locked right after release:", lock.locked())
    await waiter("latecomer", lock, log)
    await t
    print(log)

asyncio.run(main())
