# wait_for returns the result when the awaitable finishes before the timeout; None waits forever.
import asyncio

async def quick(x):
    await asyncio.sleep(0.01)
    return x * 2

async def main():
    print(await asyncio.wait_for(quick(5), timeout=1))
    print(await asyncio.wait_for(quick(7), None))
    t = asyncio.create_task(quick(9))
    print(await asyncio.wait_for(t, 0.5), t.done())
    try:
        await asyncio.wait_for(asyncio.sleep(0.01, "x"), timeout=1)
        print("slept")
    except Exception as e:
        print("unexpected", e)

asyncio.run(main())
