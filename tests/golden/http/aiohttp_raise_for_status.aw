# raise_for_status() raises ClientResponseError for 4xx/5xx, and so does the session option.
import asyncio
import os

import aiohttp

BASE = os.environ["AW_TEST_HTTP"]


async def main():
    async with aiohttp.ClientSession() as session:
        async with session.get(BASE + "/json") as resp:
            print(resp.raise_for_status())
        async with session.get(BASE + "/status/404") as resp:
            try:
                resp.raise_for_status()
            except aiohttp.ClientResponseError as e:
                print(type(e).__name__, e.status, repr(e.message))
                print(str(e).replace(BASE, "BASE"))
                print(isinstance(e, aiohttp.ClientError), e.request_info.method)
    async with aiohttp.ClientSession(raise_for_status=True) as session:
        try:
            await session.get(BASE + "/status/500")
        except aiohttp.ClientResponseError as e:
            print("session option:", e.status, e.message)


asyncio.run(main())
