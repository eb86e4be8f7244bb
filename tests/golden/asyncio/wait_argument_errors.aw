# asyncio.wait's argument checks (3.11: bare coroutines are refused).
import asyncio

async def c():
    return 1

async def main():
    loop = asyncio.get_running_loop()
    for args, kw in [((set(),), {}), ((loop.create_future(),), {}),
                     (([asyncio.create_task(c())],), {"return_when": "SOMETIME"})]:
        try:
            await asyncio.wait(*args, **kw)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
    coro = c()
    try:
        await asyncio.wait([coro])
    except TypeError as e:
        print("TypeError", e)
    coro.close()

asyncio.run(main())
