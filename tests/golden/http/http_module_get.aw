# aw's own client: await http.get() returns a Response with status, headers, text, body, json().
import asyncio
import os

import http

BASE = os.environ["AW_TEST_HTTP"]


async def main():
    r = await http.get(BASE + "/json")
    print(r.status, r.reason, r.ok, r.headers["content-type"], r.headers.get("X-None"))
    print(r.json(), r.body == r.content, type(r.body).__name__)
    r = await http.get(BASE + "/utf8")
    print(r.text, end="")
    r = await http.get(BASE + "/echo", params={"q": "a b", "n": 1}, headers={"X-Test": "yes"})
    doc = r.json()
    print(doc["query"], doc["headers"])
    r = await http.get(BASE + "/redirect/2")
    print(r.status, r.url.replace(BASE, "BASE"), r.redirects)
    r = await http.head(BASE + "/json")
    print(r.status, r.body, r.headers["Content-Length"])


asyncio.run(main())
