# shield passes the inner result or exception through; an inner cancellation cancels the outer;
# a done future is returned as is.
import asyncio

async def fail():
    await asyncio.sleep(0)
    raise ValueError("inner error")

async def sleeper():
    await asyncio.sleep(1)

async def main():
    print(await asyncio.shield(asyncio.sleep(0, "value")))
    try:
        await asyncio.shield(fail())
    except ValueError as e:
        print("ValueError", e)
    t = asyncio.create_task(sleeper())
    outer = asyncio.shield(t)
    await asyncio.sleep(0)
    t.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled:", outer.cancelled())
    f = asyncio.get_running_loop().create_future()
    f.set_result(1)
    print(asyncio.shield(f) is f)

asyncio.run(main())
