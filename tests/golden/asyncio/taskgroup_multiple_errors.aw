# Several failures are all collected, in the order they happened.
import asyncio

async def fail(exc, d):
    await asyncio.sleep(d)  # all three fail in the same loop iteration
    raise exc

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(KeyError("k"), 0))
            tg.create_task(fail(TypeError("t"), 0))
            tg.create_task(fail(OSError("o"), 0))
    except ExceptionGroup as eg:
        print(eg)
        for e in eg.exceptions:
            print(" ", type(e).__name__, e)
        print(eg.subgroup(lambda e: isinstance(e, KeyError)).exceptions)

asyncio.run(main())
