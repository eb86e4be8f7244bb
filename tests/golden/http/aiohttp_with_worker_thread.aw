# Requests complete while a worker thread (asyncio.to_thread) runs: the engine's callbacks
# take the interpreter lock back from the poll.
import asyncio
import os
import time

import aiohttp

BASE = os.environ["AW_TEST_HTTP"]


def blocking(n):
    total = 0
    for i in range(n):
        time.sleep(0.01)
        total += i
    return total


async def main():
    async with aiohttp.ClientSession() as session:
        worker = asyncio.ensure_future(asyncio.to_thread(blocking, 30))

        async def fetch(i):
            async with session.get(BASE + "/echo", params={"i": i}) as resp:
                return (await resp.json())["query"]

        results = await asyncio.gather(*(fetch(i) for i in range(20)))
        print(len(results), results[0], results[-1])
        print(await worker)


asyncio.run(main())
