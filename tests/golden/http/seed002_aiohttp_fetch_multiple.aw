# Seed 002 ("A More Practical Example: Fetching Multiple URLs"), unchanged but for the URLs
# (python.org, github.com, stackoverflow.com -> pages of the local server, answering after
# different delays so they finish in a known order) and the last print, which shows a bound
# instead of the elapsed time so the output is deterministic.
import os
BASE = os.environ["AW_TEST_HTTP"]

import asyncio
import aiohttp
import time

async def fetch_url(session, url):
    print(f"Fetching {url.replace(BASE, 'BASE')}")
    async with session.get(url) as response:
        data = await response.text()
        print(f"Finished fetching {url.replace(BASE, 'BASE')}, got {len(data)} bytes")
        return data

async def main():
    urls = [
        BASE + '/html?delay=0.6',
        BASE + '/text',
        BASE + '/utf8?delay=0.3'
    ]

    start = time.time()

    # Create a session for all requests
    async with aiohttp.ClientSession() as session:
        # Create a list of tasks
        tasks = [fetch_url(session, url) for url in urls]

        # Run all tasks concurrently and gather results
        results = await asyncio.gather(*tasks)

        # Process results
        for url, data in zip(urls, results):
            print(f"URL {url.replace(BASE, 'BASE')}: received {len(data)} bytes")

    print(f"Total time under 5 seconds: {time.time() - start < 5}")

asyncio.run(main())
