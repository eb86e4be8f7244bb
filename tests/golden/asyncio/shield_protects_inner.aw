# shield: cancelling the waiter does not cancel the shielded task.
import asyncio

async def important():
    await asyncio.sleep(0.2)
    print("important work finished")
    return 42

async def waiter(t):
    try:
        return await asyncio.shield(t)
    except asyncio.CancelledError:
        print("waiter cancelled")
        raise

async def main():
    t = asyncio.create_task(important())
    w = asyncio.create_task(waiter(t))
    await asyncio.sleep(0.01)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print("w cancelled:", w.cancelled(), "t cancelled:", t.cancelled())
    print("t result:", await t)

asyncio.run(main())
