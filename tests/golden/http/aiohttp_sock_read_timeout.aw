# ClientTimeout(sock_read=...) limits how long the response may stall: ServerTimeoutError,
# which is also an asyncio.TimeoutError.
import asyncio
import os
import time

import aiohttp

BASE = os.environ["AW_TEST_HTTP"]


async def main():
    async with aiohttp.ClientSession() as session:
        start = time.monotonic()
        try:
            await session.get(BASE + "/slow?s=4", timeout=aiohttp.ClientTimeout(sock_read=1))
        except aiohttp.ServerTimeoutError as e:
            print(type(e).__name__, e, isinstance(e, asyncio.TimeoutError), time.monotonic() - start < 3.5)


asyncio.run(main())
