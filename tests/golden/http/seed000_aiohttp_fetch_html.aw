# Seed 000 ("Using Aiohttp"), unchanged but for the URL: http://python.org -> the local server.
import os
BASE = os.environ["AW_TEST_HTTP"]

import aiohttp
import asyncio

async def fetch(session, url):
    async with session.get(url) as response:
        return await response.text()

async def main():
    async with aiohttp.ClientSession() as session:
        html = await fetch(session, BASE + '/html')
        print(html)

asyncio.run(main())
