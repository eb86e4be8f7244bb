# Form bodies are encoded as urllib.parse.urlencode does (data=dict, FormData), query params
# as yarl does: the same characters come out as aiohttp sends them.
import asyncio
import os

import aiohttp

BASE = os.environ["AW_TEST_HTTP"]


async def main():
    async with aiohttp.ClientSession() as s:
        async with s.post(BASE + "/echo", data={"k": "a/b?c:d@e!f$g'h(i)j*k,l~m n", "u": "é"}) as r:
            print(await r.json())
        f = aiohttp.FormData({"x": "1"})
        f.add_field("y", "a b/c")
        async with s.post(BASE + "/echo", data=f) as r:
            print(await r.json())
        async with s.get(BASE + "/echo", params={"k": "a/b?c:d@e!f$g'h(i)j*k,l~m n", "u": "é"}) as r:
            print((await r.json())["query"], str(r.url).replace(BASE, ""))


asyncio.run(main())
