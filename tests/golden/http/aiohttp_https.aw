# HTTPS: the server's self-signed certificate fails verification (ClientConnectorCertificateError,
# a ClientSSLError); with ssl=False the request goes through.
import asyncio
import os

import aiohttp

BASE = os.environ["AW_TEST_HTTPS"]


async def main():
    async with aiohttp.ClientSession() as session:
        try:
            await session.get(BASE + "/json")
        except aiohttp.ClientConnectorError as e:
            print(type(e).__name__, isinstance(e, aiohttp.ClientSSLError), e.host == "127.0.0.1")
        async with session.get(BASE + "/json", ssl=False) as resp:
            print(resp.status, await resp.json(), str(resp.url).startswith("https://"))
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(ssl=False)) as session:
        async with session.get(BASE + "/text") as resp:
            print(resp.status, await resp.text(), end="")


asyncio.run(main())
