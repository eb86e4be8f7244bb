# Bad request arguments fail cleanly with aiohttp's exceptions and messages; a timeout that is
# not positive means no limit.
import asyncio
import os

import aiohttp

BASE = os.environ["AW_TEST_HTTP"]


async def main():
    async with aiohttp.ClientSession() as session:
        for kwargs in ({"headers": {"X-Test": "a\r\nInjected: 1"}}, {"timeout": -1}, {"timeout": 0},
                       {"params": {"a": True}}, {"data": 5}):
            try:
                resp = await session.get(BASE + "/echo", **kwargs)
                print("ok", resp.status)
            except Exception as e:
                print(type(e).__name__, e)
        for url in ("http://", 42, "http://127.0.0.1:99999/"):
            try:
                await session.get(url)
            except Exception as e:
                print(type(e).__name__, e)


asyncio.run(main())
