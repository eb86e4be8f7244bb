# A closed session refuses requests; data and json together are a ValueError; a URL without
# a host is InvalidURL.
import asyncio
import os

import aiohttp

BASE = os.environ["AW_TEST_HTTP"]


async def main():
    async with aiohttp.ClientSession() as session:
        try:
            await session.post(BASE + "/echo", data="a", json={})
        except ValueError as e:
            print(type(e).__name__, e)
        try:
            await session.get("/relative/path")
        except aiohttp.InvalidURL as e:
            print(type(e).__name__, e, isinstance(e, ValueError))
    try:
        await session.get(BASE + "/json")
    except RuntimeError as e:
        print(type(e).__name__, e)


asyncio.run(main())
