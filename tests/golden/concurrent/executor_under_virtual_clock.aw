# aw --virtual-clock with a ThreadPoolExecutor: the idle worker waits without holding the
# interpreter lock, so the program ends at once (aw-only: CPython has no virtual clock)
import asyncio
import time
from concurrent.futures import ThreadPoolExecutor


def blocking(n):
    time.sleep(0.2)
    return n


async def main():
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(2) as pool:
        print(await asyncio.gather(loop.run_in_executor(pool, blocking, 1), asyncio.sleep(0.1)))
    await asyncio.sleep(1)
    print("slept")


asyncio.run(main())
