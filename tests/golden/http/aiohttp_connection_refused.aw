# Nothing listens on port 1: ClientConnectorError, an OSError, worded as aiohttp words it.
import asyncio

import aiohttp


async def main():
    async with aiohttp.ClientSession() as session:
        try:
            await session.get("http://127.0.0.1:1/")
        except aiohttp.ClientConnectorError as e:
            print(type(e).__name__, e)
            print(e.host, e.port, e.errno, isinstance(e, OSError), isinstance(e, aiohttp.ClientConnectionError))
            print(type(e.os_error).__name__)


asyncio.run(main())
