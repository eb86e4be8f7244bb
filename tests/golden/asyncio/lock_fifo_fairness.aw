# Tasks waiting for a Lock get it in the order they asked for it.
import asyncio

async def worker(name, lock):
    async with lock:
        print(name, "has the lock")
        await asyncio.sleep(0.005)
    print(name, "released")

async def main():
    lock = asyncio.Lock()
    print(lock.locked())
    await asyncio.gather(*(worker(f"w{i}", lock) for i in range(4)))
    print(lock.locked())

asyncio.run(main())
