# session.get as an async context manager; text() decodes with the charset of Content-Type.
import asyncio
import os

import aiohttp

BASE = os.environ["AW_TEST_HTTP"]


async def main():
    async with aiohttp.ClientSession() as session:
        async with session.get(BASE + "/text") as resp:
            print(resp.status, resp.reason, resp.ok)
            print(resp.content_type, resp.charset)
            print(repr(await resp.text()))
        async with session.get(BASE + "/utf8") as resp:
            print(await resp.text())
            print(len(await resp.read()))


asyncio.run(main())
