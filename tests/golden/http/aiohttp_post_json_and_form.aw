# post with json= sends application/json; data= a dict sends a form, a str text, bytes as is.
import asyncio
import os

import aiohttp

BASE = os.environ["AW_TEST_HTTP"]


async def main():
    async with aiohttp.ClientSession() as session:
        async with session.post(BASE + "/echo", json={"name": "aw", "n": [1, 2]}) as resp:
            print(await resp.json())
        async with session.post(BASE + "/echo", data={"k": "a b", "amp": "&=+"}) as resp:
            print(await resp.json())
        async with session.post(BASE + "/echo", data="plain text") as resp:
            print(await resp.json())
        async with session.post(BASE + "/echo", data=b"\x00raw") as resp:
            print(await resp.json())
        async with session.put(BASE + "/echo", json=[1]) as resp:
            print(await resp.json())
        async with session.patch(BASE + "/echo", data="p") as resp:
            print(await resp.json())
        async with session.delete(BASE + "/echo") as resp:
            print(await resp.json())


asyncio.run(main())
