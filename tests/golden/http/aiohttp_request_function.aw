# aiohttp.request() makes a one-request session.
import asyncio
import os

import aiohttp

BASE = os.environ["AW_TEST_HTTP"]


async def main():
    async with aiohttp.request("GET", BASE + "/json") as resp:
        print(resp.status, await resp.json())


asyncio.run(main())
