# Semaphore and BoundedSemaphore counters, their errors and locked().
import asyncio

async def main():
    for value in (-1, -100):
        try:
            asyncio.Semaphore(value)
        except ValueError as e:
            print("ValueError:", e)
    try:
        asyncio.BoundedSemaphore(-1)
    except ValueError as e:
        print("ValueError:", e)
    s = asyncio.Semaphore(0)
    print(s.locked(), s._value)
    s.release()
    s.release()
    print(s.locked(), s._value)
    print(await s.acquire(), await s.acquire(), s.locked(), s._value)
    b = asyncio.BoundedSemaphore(2)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e, b._value)
    d = asyncio.Semaphore()
    print(d._value, await d.acquire(), d.locked())

asyncio.run(main())
