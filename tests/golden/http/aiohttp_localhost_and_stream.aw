# A host name (localhost) is resolved; resp.content streams the body by line or by chunk.
import asyncio
import os

import aiohttp

BASE = os.environ["AW_TEST_HTTP"].replace("127.0.0.1", "localhost")


async def main():
    async with aiohttp.ClientSession() as session:
        async with session.get(BASE + "/json") as resp:
            print(resp.status, resp.url.host, resp.host)
        async with session.get(BASE + "/html") as resp:
            async for line in resp.content:
                print(line)
        async with session.get(BASE + "/bytes?n=10") as resp:
            async for chunk in resp.content.iter_chunked(4):
                print(chunk)
        async with session.get(BASE + "/text") as resp:
            print(await resp.content.read(5), await resp.content.readline(), resp.content.at_eof())


asyncio.run(main())
