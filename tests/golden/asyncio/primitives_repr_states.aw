# The state part of the primitives' reprs (the address part is left out).
import asyncio

def state(obj):
    r = repr(obj)
    return r.split(" object at ")[0] + " " + r[r.index("["):]

async def main():
    lock = asyncio.Lock()
    print(state(lock))
    await lock.acquire()
    waiter = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    print(state(lock))
    lock.release()
    await waiter
    lock.release()
    ev = asyncio.Event()
    print(state(ev))
    ev.set()
    print(state(ev))
    sem = asyncio.Semaphore(2)
    print(state(sem))
    await sem.acquire()
    await sem.acquire()
    print(state(sem))
    cond = asyncio.Condition()
    print(state(cond))
    b = asyncio.Barrier(2)
    print(state(b))
    print(state(asyncio.BoundedSemaphore(3)))

asyncio.run(main())
