import asyncio
import time


def slow(i):
    time.sleep(0.2)
    return i


async def main():
    loop = asyncio.get_running_loop()
    start = time.monotonic()
    results = await asyncio.gather(*(loop.run_in_executor(None, slow, i) for i in range(3)))
    elapsed = time.monotonic() - start
    # three 0.2 s sleeps on worker threads overlap: generous bound
    print(results, elapsed < 0.5)


asyncio.run(main())
