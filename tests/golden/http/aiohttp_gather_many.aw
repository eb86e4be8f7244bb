# gather of 100 requests at once returns the responses in order.
import asyncio
import os

import aiohttp

BASE = os.environ["AW_TEST_HTTP"]


async def fetch(session, i):
    async with session.get(BASE + "/echo", params={"i": i}) as resp:
        return (await resp.json())["query"][0][1]


async def main():
    async with aiohttp.ClientSession() as session:
        results = await asyncio.gather(*(fetch(session, i) for i in range(100)))
    print(results == [str(i) for i in range(100)], results[:5])


asyncio.run(main())
