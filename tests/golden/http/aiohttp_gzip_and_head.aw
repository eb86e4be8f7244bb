# A gzip-encoded body is decoded; HEAD returns the headers and no body.
import asyncio
import os

import aiohttp

BASE = os.environ["AW_TEST_HTTP"]


async def main():
    async with aiohttp.ClientSession() as session:
        async with session.get(BASE + "/gzip") as resp:
            print(resp.headers["Content-Encoding"], await resp.json())
        async with session.head(BASE + "/json") as resp:
            print(resp.status, resp.headers["Content-Length"], await resp.read())
        async with session.get(BASE + "/bytes", params={"n": 100000}) as resp:
            body = await resp.read()
            print(len(body), body[:4], body[-2:], body == bytes(i % 256 for i in range(100000)))


asyncio.run(main())
