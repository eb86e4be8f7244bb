# A request slower than its timeout raises asyncio.TimeoutError (a ClientTimeout or a number).
import asyncio
import os
import time

import aiohttp

BASE = os.environ["AW_TEST_HTTP"]


async def main():
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=0.3)) as session:
        print(session.timeout)
        start = time.monotonic()
        try:
            await session.get(BASE + "/slow?s=3")
        except asyncio.TimeoutError as e:
            print("session timeout:", type(e).__name__, repr(str(e)), time.monotonic() - start < 2)
        try:
            await session.get(BASE + "/slow?s=3", timeout=0.2)
        except asyncio.TimeoutError as e:
            print("request timeout:", type(e).__name__)
        async with session.get(BASE + "/json", timeout=aiohttp.ClientTimeout(total=5)) as resp:
            print(resp.status)


asyncio.run(main())
