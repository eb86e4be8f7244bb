# params= is encoded into the query string and appended to a query already in the URL.
import asyncio
import os

import aiohttp

BASE = os.environ["AW_TEST_HTTP"]


async def main():
    async with aiohttp.ClientSession() as session:
        async with session.get(BASE + "/echo", params={"q": "a b", "n": 3, "s": "x/y?&=z"}) as resp:
            print((await resp.json())["query"])
        async with session.get(BASE + "/echo?first=1", params=[("k", "1"), ("k", "2")]) as resp:
            print((await resp.json())["query"])
            print(str(resp.url).replace(BASE, "BASE"))


asyncio.run(main())
