# Wrong argument types reach the native core: clean TypeErrors, then an uncaught one.
import asyncio
import _http


async def main():
    for args in ((1, "u", [], None, None, None, True, 10, True),
                 ("GET", "http://127.0.0.1:1/", [3], None, None, None, True, 10, True),
                 ("GET", "http://127.0.0.1:1/", [], "body", None, None, True, 10, True),
                 ("GET", "http://127.0.0.1:1/", [], None, "x", None, True, 10, True),
                 ("GET", "http://127.0.0.1:1/", None, None, float("nan"), None, True, 10, True),
                 ("GET",)):
        try:
            _http.request(*args)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
    _http.request("GET", "http://127.0.0.1:1/\r\n", [], None, None, None, True, 10, True)


asyncio.run(main())
