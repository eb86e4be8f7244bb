# A loop that is never closed, with a transfer still running at exit: nothing leaks, nothing
# hangs. (ensure_future accepts session.get(), a coroutine-like awaitable.)
import asyncio
import os

import aiohttp

BASE = os.environ["AW_TEST_HTTP"]


async def main():
    session = aiohttp.ClientSession()
    asyncio.ensure_future(session.get(BASE + "/slow?s=5"))
    async with session.get(BASE + "/json") as resp:
        print(resp.status)


loop = asyncio.new_event_loop()
loop.run_until_complete(main())
print("exiting with a transfer pending")
