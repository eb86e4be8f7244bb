# Cancelling the future returned by gather cancels every child that is still running.
import asyncio

async def child(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def main():
    t1 = asyncio.create_task(child("one"))
    t2 = asyncio.create_task(child("two"))
    g = asyncio.gather(t1, t2)
    await asyncio.sleep(0.01)
    print("cancel returns", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather raised CancelledError")
    print(t1.cancelled(), t2.cancelled(), g.cancelled(), g.done())
    print("cancel again returns", g.cancel())

asyncio.run(main())
