# Several releases in a row wake several waiters; the counter never goes negative.
import asyncio

async def main():
    sem = asyncio.Semaphore(0)
    order = []

    async def w(i):
        await sem.acquire()
        order.append(i)

    tasks = [asyncio.create_task(w(i)) for i in range(4)]
    await asyncio.sleep(0)
    print(sem.locked())
    sem.release()
    sem.release()
    sem.release()
    await asyncio.sleep(0)
    print(order, sem.locked())
    sem.release()
    await asyncio.gather(*tasks)
    print(order, sem.locked())
    sem.release()
    print(sem.locked())

asyncio.run(main())
