# Four tasks wait on Semaphore(0): one is cancelled while pending, one after it was woken;
# the units go to the others in FIFO order and the counter ends consistent.
import asyncio

async def main():
    sem = asyncio.Semaphore(0)
    log = []

    async def worker(name):
        try:
            await sem.acquire()
        except asyncio.CancelledError:
            log.append(name + " cancelled")
            raise
        log.append(name + " in")
        await asyncio.sleep(0)
        log.append(name + " out")
        sem.release()

    tasks = {n: asyncio.create_task(worker(n)) for n in "abcd"}
    await asyncio.sleep(0)
    tasks["b"].cancel()
    await asyncio.sleep(0)
    print(log, sem.locked(), sem._value)
    sem.release()
    tasks["a"].cancel()
    await asyncio.gather(*tasks.values(), return_exceptions=True)
    print(log, sem.locked(), sem._value)
    print([t.cancelled() for t in tasks.values()])

asyncio.run(main())
