# Seed 002 ("Practical Example: Async Web Scraper"): its fetch_page, unchanged, on a page, a
# 404, and a refused connection (the scraper itself needs BeautifulSoup, which aw lacks).
import os
BASE = os.environ["AW_TEST_HTTP"]

import asyncio
import aiohttp

async def fetch_page(session, url):
    try:
        async with session.get(url, timeout=10) as response:
            if response.status == 200:
                return await response.text()
            else:
                print(f"Error fetching {url.replace(BASE, 'BASE')}: {response.status}")
                return None
    except Exception as e:
        print(f"Exception while fetching {url}: {e}")
        return None

async def main():
    async with aiohttp.ClientSession() as session:
        semaphore = asyncio.Semaphore(5)
        for url in (BASE + '/html', BASE + '/missing', 'http://127.0.0.1:1/'):
            async with semaphore:
                html = await fetch_page(session, url)
            print(None if html is None else len(html))

asyncio.run(main())
