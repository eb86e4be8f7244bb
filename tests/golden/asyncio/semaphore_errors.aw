# Semaphore value checks and BoundedSemaphore's over-release error.
import asyncio

try:
    asyncio.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)

async def main():
    sem = asyncio.BoundedSemaphore(2)
    await sem.acquire()
    sem.release()
    try:
        sem.release()
    except ValueError as e:
        print("ValueError:", e)
    plain = asyncio.Semaphore(1)
    plain.release()
    print("plain semaphore may exceed:", not plain.locked())
    print(isinstance(sem, asyncio.Semaphore), asyncio.BoundedSemaphore.__mro__[1].__name__)
    async with sem:
        async with sem:
            print("locked at zero:", sem.locked())

asyncio.run(main())
