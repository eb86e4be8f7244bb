# loop methods called wrongly: what CPython accepts (a bad callback fails only when it runs) and
# the errors it raises at once
import asyncio


async def coro_fn():
    pass


async def main():
    loop = asyncio.get_running_loop()
    calls = [
        ("call_soon", lambda: loop.call_soon(42)),
        ("call_later", lambda: loop.call_later(1, 42)),
        ("call_at", lambda: loop.call_at(1, 42)),
        ("call_soon_threadsafe", lambda: loop.call_soon_threadsafe(None)),
        ("call_later str", lambda: loop.call_later("1", print)),
        ("create_task int", lambda: loop.create_task(1)),
        ("run_until_complete", lambda: loop.run_until_complete(asyncio.sleep(0))),
        ("run_forever", lambda: loop.run_forever()),
        ("close", lambda: loop.close()),
    ]
    for name, call in calls:
        try:
            r = call()
            print(name, "ok", type(r).__name__)
            if isinstance(r, asyncio.Handle):
                r.cancel()
        except Exception as e:
            print(name, type(e).__name__, e)
    h = loop.call_soon(None)
    print(h)
    h.cancel()
    await asyncio.sleep(0.01)


asyncio.run(main())
