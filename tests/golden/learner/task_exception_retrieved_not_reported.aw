# A failed task whose exception was retrieved (result(), exception(), await) or that was
# cancelled is never reported, even when collected.
import asyncio
import gc
import sys


async def boom():
    raise KeyError("k")


async def main():
    print("start", file=sys.stderr)
    a = asyncio.create_task(boom())
    b = asyncio.create_task(boom())
    c = asyncio.create_task(boom())
    await asyncio.sleep(0)
    print(type(a.exception()).__name__)
    try:
        b.result()
    except KeyError as e:
        print("result raised", repr(e))
    try:
        await c
    except KeyError:
        print("await raised")
    d = asyncio.create_task(boom())
    d.cancel()
    await asyncio.sleep(0)
    print(d.cancelled())
    del a, b, c, d
    gc.collect()
    print("end", file=sys.stderr)


asyncio.run(main())
