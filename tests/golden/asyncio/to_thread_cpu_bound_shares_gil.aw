import asyncio
import time


def busy(seconds):
    # CPU-bound work in a worker thread: the event loop must keep running meanwhile.
    start = time.monotonic()
    count = 0
    while time.monotonic() - start < seconds:
        count += 1
    return count > 0


async def ticker(out):
    for i in range(10):
        out.append(i)
        await asyncio.sleep(0.01)


async def main():
    out = []
    t = asyncio.create_task(ticker(out))
    r = await asyncio.to_thread(busy, 0.4)
    print(r, len(out) >= 5)
    await t


asyncio.run(main())
