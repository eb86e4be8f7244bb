# a task that ends with CancelledError keeps that very error for the first result()/await (its
# message and traceback); later calls get a bare CancelledError, as in CPython 3.11
import asyncio


async def sleeper():
    await asyncio.sleep(1)


async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    t.cancel("deep")
    try:
        await t
    except asyncio.CancelledError as e:
        print("first:", e.args)
    for get in (t.result, t.exception):
        try:
            get()
        except asyncio.CancelledError as e:
            print("again:", e.args)
    inner = asyncio.create_task(sleeper())
    outer = asyncio.gather(inner)
    await asyncio.sleep(0)
    outer.cancel("gather msg")
    try:
        await outer
    except asyncio.CancelledError as e:
        print("gather:", e.args)
    try:
        await inner
    except asyncio.CancelledError as e:
        print("inner:", e.args)
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    t.cancel()
    await t


asyncio.run(main())
