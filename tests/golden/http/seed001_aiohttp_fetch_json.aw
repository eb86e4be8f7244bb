# Seed 001 ("Real-world Example: Asynchronous HTTP Requests with aiohttp"), unchanged but for
# the URLs (jsonplaceholder.typicode.com -> the local server, which serves the same documents)
# and the last line, which the tutorial leaves commented out.
import os
BASE = os.environ["AW_TEST_HTTP"]

import asyncio
import aiohttp

async def fetch_url(session, url):
    async with session.get(url) as response:
        return await response.json()

async def main_http_example():
    async with aiohttp.ClientSession() as session:
        data1 = await fetch_url(session, BASE + '/posts/1')
        data2 = await fetch_url(session, BASE + '/comments/1')
        print("--- Data from Post 1 ---")
        print(data1)
        print("\n--- Data from Comment 1 ---")
        print(data2)

# To run this example:
asyncio.run(main_http_example())
