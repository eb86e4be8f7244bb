# http over TLS: a self-signed certificate is refused (ConnectionError with curl's message),
# verify=False accepts it.
import asyncio
import os

import http

BASE = os.environ["AW_TEST_HTTPS"]


async def main():
    try:
        await http.get(BASE + "/json")
    except ConnectionError as e:
        print(type(e).__name__, "certificate" in str(e))
    r = await http.get(BASE + "/json", verify=False)
    print(r.status, r.json())


asyncio.run(main())
