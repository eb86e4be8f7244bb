# Non-2xx statuses are ordinary responses: status, reason, ok, and the body.
import asyncio
import os

import aiohttp

BASE = os.environ["AW_TEST_HTTP"]


async def main():
    async with aiohttp.ClientSession() as session:
        for code in (200, 201, 204, 400, 403, 404, 418, 500, 503):
            async with session.get(BASE + "/status/%d" % code) as resp:
                print(resp.status, repr(resp.reason), resp.ok, repr(await resp.text()))
        async with session.get(BASE + "/no/such/page") as resp:
            print(resp.status, await resp.text())


asyncio.run(main())
