# Each asyncio.run has its own loop and so its own engine: requests work in both.
import asyncio
import os

import aiohttp

BASE = os.environ["AW_TEST_HTTP"]


async def fetch(path):
    async with aiohttp.ClientSession() as session:
        async with session.get(BASE + path) as resp:
            return resp.status, await resp.text()


print(asyncio.run(fetch("/text")))
print(asyncio.run(fetch("/status/404")))
