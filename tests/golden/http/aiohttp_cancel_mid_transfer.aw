# Cancelling the task that awaits a request aborts the transfer; the session keeps working.
import asyncio
import os
import time

import aiohttp

BASE = os.environ["AW_TEST_HTTP"]


async def fetch(session):
    async with session.get(BASE + "/drip?n=50&s=0.1") as resp:
        return len(await resp.read())


async def main():
    async with aiohttp.ClientSession() as session:
        start = time.monotonic()
        task = asyncio.create_task(fetch(session))
        await asyncio.sleep(0.3)
        task.cancel()
        try:
            await task
        except asyncio.CancelledError:
            print("cancelled", task.cancelled(), time.monotonic() - start < 2)
        try:
            await asyncio.wait_for(fetch(session), 0.3)
        except asyncio.TimeoutError:
            print("wait_for timed out")
        async with session.get(BASE + "/json") as resp:
            print(resp.status, await resp.json())


asyncio.run(main())
