# Redirects are followed: url is the final one, history the redirect responses; a 303 turns
# a POST into a GET; allow_redirects=False returns the 302; too many raise TooManyRedirects.
import asyncio
import os

import aiohttp

BASE = os.environ["AW_TEST_HTTP"]


def short(url):
    return str(url).replace(BASE, "BASE")


async def main():
    async with aiohttp.ClientSession() as session:
        async with session.get(BASE + "/redirect/3") as resp:
            print(resp.status, short(resp.url), await resp.json())
            print([(h.status, short(h.url)) for h in resp.history])
        async with session.post(BASE + "/see-other", data="x") as resp:
            print(resp.status, resp.method, (await resp.json())["method"])
        async with session.get(BASE + "/redirect/2", allow_redirects=False) as resp:
            print(resp.status, resp.headers["Location"], resp.history)
        try:
            await session.get(BASE + "/redirect/5", max_redirects=3)
        except aiohttp.TooManyRedirects as e:
            print(type(e).__name__, isinstance(e, aiohttp.ClientResponseError))
        async with session.get(BASE + "/redirect/9") as resp:
            print(resp.status, len(resp.history))
        try:
            await session.get(BASE + "/redirect/10")
        except aiohttp.TooManyRedirects as e:
            print(type(e).__name__)


asyncio.run(main())
