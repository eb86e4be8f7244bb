# Session headers and request headers are sent (the request's win); response headers are
# looked up case-insensitively.
import asyncio
import os

import aiohttp

BASE = os.environ["AW_TEST_HTTP"]


async def main():
    async with aiohttp.ClientSession(headers={"X-Session": "s", "X-Test": "from-session"}) as session:
        async with session.get(BASE + "/echo", headers={"X-Test": "from-request"}) as resp:
            print((await resp.json())["headers"])
            print(resp.headers["content-type"], resp.headers.get("CONTENT-LENGTH"))
            print("content-type" in resp.headers, "X-Nope" in resp.headers, resp.headers.get("X-Nope", "-"))
            print(resp.headers.getall("Content-Type"))
            print(sorted(k for k in resp.headers.keys() if k != "Date"))
        auth = aiohttp.BasicAuth("user", "pa55")
        async with session.get(BASE + "/echo", auth=auth) as resp:
            print((await resp.json())["headers"]["Authorization"])


asyncio.run(main())
