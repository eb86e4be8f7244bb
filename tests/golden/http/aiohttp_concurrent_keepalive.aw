# 200 requests from 20 tasks: all succeed and the connections are reused (at most one per task).
import asyncio
import os

import aiohttp

BASE = os.environ["AW_TEST_HTTP"]


async def worker(session, n, seen):
    for _ in range(n):
        async with session.get(BASE + "/conn") as resp:
            seen.append(await resp.text())


async def main():
    seen = []
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=20)) as session:
        await asyncio.gather(*(worker(session, 10, seen) for _ in range(20)))
    print(len(seen), len(set(seen)) <= 20)


asyncio.run(main())
