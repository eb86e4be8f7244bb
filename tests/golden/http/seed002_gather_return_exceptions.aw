# Seed 002 ("Error Handling in Async Code", gather with return_exceptions=True): the tutorial's
# fetch_url(url) is the one of its previous example with its own session; valid-url.com is the
# local server, invalid-url.com a port where nothing listens.
import os
BASE = os.environ["AW_TEST_HTTP"]

import asyncio
import aiohttp

async def fetch_url(url):
    async with aiohttp.ClientSession() as session:
        async with session.get(url) as response:
            return await response.text()

async def main():
    # Tasks that might raise exceptions
    tasks = [
        asyncio.create_task(fetch_url(BASE + '/html')),
        asyncio.create_task(fetch_url('http://127.0.0.1:1/'))
    ]

    # With return_exceptions=True, gather returns exceptions as results
    results = await asyncio.gather(*tasks, return_exceptions=True)

    for result in results:
        if isinstance(result, Exception):
            print(f"Task failed: {result}")
        else:
            print(f"Task succeeded: {len(result)} bytes")

asyncio.run(main())
