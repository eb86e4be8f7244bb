# http.post with json= or data=; put and delete; the Content-Type follows the body.
import asyncio
import os

import http

BASE = os.environ["AW_TEST_HTTP"]


async def main():
    r = await http.post(BASE + "/echo", json={"a": [1, 2]})
    print(r.json())
    r = await http.post(BASE + "/echo", data={"k": "v w"})
    print(r.json())
    r = await http.post(BASE + "/echo", data=b"raw", headers={"Content-Type": "text/x-raw"})
    print(r.json())
    r = await http.put(BASE + "/echo", data="text")
    print(r.json()["method"], r.json()["body"])
    r = await http.delete(BASE + "/echo")
    print(r.json()["method"])


asyncio.run(main())
