# json() of a non-JSON content type raises ContentTypeError; content_type=None skips the check.
import asyncio
import os

import aiohttp

BASE = os.environ["AW_TEST_HTTP"]


async def main():
    async with aiohttp.ClientSession() as session:
        async with session.get(BASE + "/text") as resp:
            try:
                await resp.json()
            except aiohttp.ContentTypeError as e:
                print(type(e).__name__, e.message, isinstance(e, aiohttp.ClientResponseError))
        async with session.get(BASE + "/status/204") as resp:
            print(await resp.json(content_type=None))


asyncio.run(main())
