# asyncio.wrap_future, run_coroutine_threadsafe from a thread, call_soon_threadsafe wakes the loop
import asyncio
import concurrent.futures
import threading
import time


async def add_one(x):
    await asyncio.sleep(0.01)
    return x + 1


async def fails():
    raise ValueError("in loop")


def from_thread(loop):
    fut = asyncio.run_coroutine_threadsafe(add_one(41), loop)
    print(type(fut).__name__, "result", fut.result(timeout=5))
    bad = asyncio.run_coroutine_threadsafe(fails(), loop)
    try:
        bad.result(timeout=5)
    except ValueError as e:
        print("ValueError", e)
    return "thread done"


async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.to_thread(from_thread, loop))

    cf = concurrent.futures.Future()
    af = asyncio.wrap_future(cf)
    print(asyncio.wrap_future(af) is af, af.done())
    threading.Thread(target=lambda: (time.sleep(0.05), cf.set_result("from thread"))).start()
    print(await af)

    cf = concurrent.futures.Future()
    af = asyncio.wrap_future(cf)
    af.cancel()
    await asyncio.sleep(0)
    print("source cancelled:", cf.cancelled())

    cf = concurrent.futures.Future()
    af = asyncio.wrap_future(cf)
    cf.cancel()
    try:
        await af
    except asyncio.CancelledError:
        print("asyncio.CancelledError")

    woke = []
    start = time.monotonic()
    threading.Thread(target=lambda: (time.sleep(0.05), loop.call_soon_threadsafe(woke.append, 1))).start()
    while not woke:
        await asyncio.sleep(0.01)
    print(woke, time.monotonic() - start < 1)
    try:
        asyncio.run_coroutine_threadsafe(42, loop)
    except TypeError as e:
        print(e)


asyncio.run(main())
