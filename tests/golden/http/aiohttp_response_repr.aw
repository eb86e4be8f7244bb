# print(resp), resp.headers (a CIMultiDictProxy, repeated names kept) and raw_headers.
import asyncio
import os

import aiohttp

BASE = os.environ["AW_TEST_HTTP"]


async def main():
    async with aiohttp.ClientSession() as session:
        async with session.get(BASE + "/fixed") as resp:
            print(str(resp).replace(BASE, "BASE"), end="")
            print(resp.headers)
            print(resp.headers.getall("X-MULTI"), resp.headers["x-multi"], len(resp.headers))
            print(resp.raw_headers)
            print(dict(resp.headers))
            print(list(resp.headers.items()))
            print(resp.version, resp.content_length, await resp.read())


asyncio.run(main())
