# q.get(), lock.acquire(), ... are coroutines: lazy until awaited, usable with create_task and
# wait_for, and not reusable once awaited.
import asyncio

def mask(text):
    # the address after " at 0x" differs from run to run
    out = []
    while " at 0x" in text:
        i = text.index(" at 0x")
        j = i + 6
        while j < len(text) and text[j] in "0123456789abcdef":
            j += 1
        out.append(text[:i] + " at ADDR")
        text = text[j:]
    return "".join(out) + text

async def main():
    q = asyncio.Queue()
    coro = q.get()
    print(asyncio.iscoroutine(coro), mask(repr(coro)))
    q.put_nowait(1)
    print(await coro, q.qsize())
    try:
        await coro
    except RuntimeError as e:
        print("RuntimeError:", e)
    lock = asyncio.Lock()
    acq = lock.acquire()
    print(lock.locked())
    print(await acq, lock.locked())
    lock.release()
    try:
        await asyncio.wait_for(q.get(), 0.01)
    except asyncio.TimeoutError:
        print("timed out", q.qsize(), mask(repr(q)))
    q.put_nowait("after")
    print(await asyncio.wait_for(q.get(), 1))
    t = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    q.put_nowait("task")
    print(await t, q.empty())
    sem = asyncio.Semaphore(1)
    print(await asyncio.create_task(sem.acquire()), sem.locked())
    ev = asyncio.Event()
    w = asyncio.ensure_future(ev.wait())
    await asyncio.sleep(0)
    ev.set()
    print(await w)

asyncio.run(main())
