# the default executor as CPython's: min(32, cpus + 4) threads, named asyncio_N; sequential calls
# reuse asyncio_0, concurrent ones get the next names
import asyncio
import os
import threading
import time


def who(delay=0):
    time.sleep(delay)
    t = threading.current_thread()
    return t.name, t is threading.main_thread(), t.daemon


async def main():
    print(await asyncio.to_thread(who))
    print(await asyncio.get_running_loop().run_in_executor(None, who))
    names = await asyncio.gather(*(asyncio.to_thread(who, 0.1) for _ in range(3)))
    print(sorted(n for n, _, _ in names))
    workers = min(32, (os.cpu_count() or 1) + 4)
    start = time.monotonic()
    await asyncio.gather(*(asyncio.to_thread(time.sleep, 0.2) for _ in range(workers)))
    print(f"{workers} sleeps at once:", time.monotonic() - start < 0.35)


asyncio.run(main())
