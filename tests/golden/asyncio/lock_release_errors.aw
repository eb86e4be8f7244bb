# Releasing an unlocked Lock is a RuntimeError; acquire() returns True; async with returns None.
import asyncio

async def main():
    lock = asyncio.Lock()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await lock.acquire(), lock.locked())
    lock.release()
    async with lock as value:
        print("as value:", value, lock.locked())
    print(lock.locked())
    try:
        async with lock:
            raise ValueError("inside")
    except ValueError:
        print("exception left the block; locked:", lock.locked())

asyncio.run(main())
