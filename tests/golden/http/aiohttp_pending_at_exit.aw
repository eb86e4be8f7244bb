# Transfers still running when asyncio.run ends are cancelled with their tasks and freed.
import asyncio
import os

import aiohttp

BASE = os.environ["AW_TEST_HTTP"]


async def slow(session):
    async with session.get(BASE + "/slow?s=5") as resp:
        print("never", resp.status)


async def main():
    session = aiohttp.ClientSession()
    for _ in range(3):
        asyncio.create_task(slow(session))
    await asyncio.sleep(0.2)
    print("main done")


asyncio.run(main())
print("after run")
