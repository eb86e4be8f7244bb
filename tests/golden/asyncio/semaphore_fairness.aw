# 3.11 fairness: while tasks wait on a Semaphore, a new acquire() waits too even if a unit is free.
import asyncio

async def user(name, sem, log):
    await sem.acquire()
    log.append(name)
    await asyncio.sleep(0)
    sem.release()

async def main():
    sem = asyncio.Semaphore(1)
    log = []
    await sem.acquire()
    waiters = [asyncio.create_task(user(f"w{i}", sem, log)) for i in range(3)]
    await asyncio.sleep(0)
    sem.release()
    print("locked after release:", sem.locked())
    await user("late", sem, log)
    await asyncio.gather(*waiters)
    print(log)

asyncio.run(main())
