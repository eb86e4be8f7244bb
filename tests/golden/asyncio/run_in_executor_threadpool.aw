# the tutorial pattern: with ThreadPoolExecutor() as pool: await loop.run_in_executor(pool, fn)
import asyncio
import threading
import time
from concurrent.futures import ThreadPoolExecutor


def blocking_io(n):
    time.sleep(0.2)
    return n * 2


def fail():
    raise KeyError("k")


async def ticker():
    for i in range(3):
        print("tick", i)
        await asyncio.sleep(0.02)


async def main():
    loop = asyncio.get_running_loop()
    start = time.monotonic()
    with ThreadPoolExecutor() as pool:
        r = await asyncio.gather(loop.run_in_executor(pool, blocking_io, 1), ticker(),
                                 loop.run_in_executor(pool, blocking_io, 2))
        print(r, "overlapped:", time.monotonic() - start < 0.35)
    with ThreadPoolExecutor(max_workers=2, thread_name_prefix="io") as pool:
        fut = loop.run_in_executor(pool, blocking_io, 3)
        print(type(fut).__name__, asyncio.isfuture(fut))
        print(await fut)
        print(await asyncio.gather(*(loop.run_in_executor(pool, blocking_io, i) for i in range(4))))
        try:
            await loop.run_in_executor(pool, fail)
        except KeyError as e:
            print("KeyError", e)
        name = await loop.run_in_executor(pool, lambda: threading.current_thread().name)
        print(name.startswith("io_"))
        try:
            await asyncio.wait_for(loop.run_in_executor(pool, time.sleep, 0.3), 0.05)
        except asyncio.TimeoutError:
            print("wait_for timed out")
    print(await loop.run_in_executor(None, blocking_io, 7))
    loop.set_default_executor(ThreadPoolExecutor(thread_name_prefix="dflt"))
    print(await loop.run_in_executor(None, lambda: threading.current_thread().name))
    try:
        loop.set_default_executor(object())
    except TypeError as e:
        print(e)


asyncio.run(main())
