# Condition.wait/notify without holding the lock are RuntimeErrors; a shared Lock is reused.
import asyncio

async def main():
    cond = asyncio.Condition()
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)
    lock = asyncio.Lock()
    cond2 = asyncio.Condition(lock)
    async with lock:
        print(cond2.locked())
    print(cond2.locked())

asyncio.run(main())
