# `resp = await session.get(url)` works as well as `async with`; release() is harmless.
import asyncio
import os

import aiohttp

BASE = os.environ["AW_TEST_HTTP"]


async def main():
    session = aiohttp.ClientSession()
    resp = await session.get(BASE + "/json")
    print(resp.status, await resp.json())
    resp.release()
    resp = await session.request("GET", BASE + "/text")
    print(await resp.text(), end="")
    print(session.closed)
    await session.close()
    print(session.closed)


asyncio.run(main())
