# Lock waiters in FIFO order: a woken waiter cancelled before it runs wakes the next one;
# a pending cancelled waiter is skipped; release() of an unlocked lock is an error.
import asyncio

async def main():
    lock = asyncio.Lock()
    log = []

    async def worker(name):
        try:
            async with lock:
                log.append(name)
                await asyncio.sleep(0)
        except asyncio.CancelledError:
            log.append(name + " cancelled")
            raise

    await lock.acquire()
    tasks = [asyncio.create_task(worker(n)) for n in "abcd"]
    await asyncio.sleep(0)
    tasks[2].cancel()
    lock.release()
    tasks[0].cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    print(log, lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
