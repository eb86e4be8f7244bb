# resp.json() on an application/json body; read() gives the raw bytes.
import asyncio
import os

import aiohttp

BASE = os.environ["AW_TEST_HTTP"]


async def main():
    async with aiohttp.ClientSession() as session:
        async with session.get(BASE + "/json") as resp:
            data = await resp.json()
            print(type(data).__name__, data)
            print(data["tags"][1], await resp.read())


asyncio.run(main())
