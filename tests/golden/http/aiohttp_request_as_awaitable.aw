# session.get() itself (not wrapped in a coroutine) goes to gather, wait_for, as_completed and
# create_task, as aiohttp's request context manager is a coroutine to asyncio.
import asyncio
import os

import aiohttp

BASE = os.environ["AW_TEST_HTTP"]


async def main():
    async with aiohttp.ClientSession() as session:
        responses = await asyncio.gather(session.get(BASE + "/text"), session.get(BASE + "/json"))
        print([r.status for r in responses], await responses[1].json())
        resp = await asyncio.wait_for(session.get(BASE + "/status/201"), 5)
        print(resp.status)
        statuses = []
        for fut in asyncio.as_completed([session.get(BASE + "/status/%d" % c) for c in (202, 203)]):
            statuses.append((await fut).status)
        print(sorted(statuses))
        task = asyncio.create_task(session.get(BASE + "/json"))
        print((await task).status)


asyncio.run(main())
