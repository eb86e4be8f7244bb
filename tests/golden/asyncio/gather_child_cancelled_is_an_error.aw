# A child cancelled on its own makes gather fail with CancelledError; gather itself is not
# marked cancelled and the other children are not cancelled.
import asyncio

async def sleeper(d):
    await asyncio.sleep(d)
    return d

async def main():
    t1 = asyncio.create_task(sleeper(0.02))
    t2 = asyncio.create_task(sleeper(1))
    g = asyncio.gather(t1, t2)
    await asyncio.sleep(0.01)
    t2.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather raised CancelledError")
    print("g.cancelled():", g.cancelled())
    print("g.exception():", type(g.exception()).__name__)
    print("t1 cancelled:", t1.cancelled())
    print("t1 result:", await t1)

asyncio.run(main())
