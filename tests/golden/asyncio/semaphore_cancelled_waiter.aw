# A waiter cancelled after being woken passes its unit on to the next waiter.
import asyncio

async def main():
    sem = asyncio.Semaphore(0)
    log = []

    async def w(name):
        try:
            await sem.acquire()
            log.append(name)
        except asyncio.CancelledError:
            log.append(name + " cancelled")
            raise

    a = asyncio.create_task(w("a"))
    b = asyncio.create_task(w("b"))
    await asyncio.sleep(0)
    sem.release()
    a.cancel()
    await asyncio.gather(a, b, return_exceptions=True)
    print(log, sem.locked())

asyncio.run(main())
