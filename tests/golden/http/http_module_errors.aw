# http errors: ConnectionRefusedError and TimeoutError carry curl's message; a 404 is a response
# until raise_for_status() raises http.HTTPStatusError; gather runs requests concurrently.
import asyncio
import os

import http

BASE = os.environ["AW_TEST_HTTP"]


async def main():
    try:
        await http.get("http://127.0.0.1:1/")
    except ConnectionError as e:
        print(type(e).__name__, isinstance(e, OSError), str(e).startswith("Failed to connect to 127.0.0.1 port 1"))
    try:
        await http.get(BASE + "/slow?s=3", timeout=0.2)
    except TimeoutError as e:
        print(type(e).__name__, str(e).startswith("Operation timed out after"))
    r = await http.get(BASE + "/status/404")
    print(r.status, r.reason, r.ok, r.text)
    try:
        r.raise_for_status()
    except http.HTTPStatusError as e:
        print(type(e).__name__, e.status, str(e).replace(BASE, "BASE"))
    rs = await asyncio.gather(*(http.get(BASE + "/echo", params={"i": i}) for i in range(50)))
    print([r.json()["query"][0][1] for r in rs] == [str(i) for i in range(50)])
    task = asyncio.create_task(http.get(BASE + "/drip?n=30&s=0.1"))
    await asyncio.sleep(0.2)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled mid-transfer")


asyncio.run(main())
