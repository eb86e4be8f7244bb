# to_thread runs a blocking function without blocking the loop.
import asyncio
import time

def blocking(n):
    time.sleep(0.05)
    return n * n

async def ticker(log):
    for i in range(3):
        log.append(i)
        await asyncio.sleep(0.005)

async def main():
    log = []
    start = time.monotonic()
    result, _ = await asyncio.gather(asyncio.to_thread(blocking, 7), ticker(log))
    print(result, log, time.monotonic() - start < 0.5)
    print(await asyncio.to_thread(sorted, [3, 1, 2], reverse=True))

asyncio.run(main())
