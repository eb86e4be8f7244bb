# A cancellation from outside while inside asyncio.timeout stays a CancelledError.
import asyncio

async def worker():
    try:
        async with asyncio.timeout(1):
            await asyncio.sleep(1)
    except TimeoutError:
        print("wrong: TimeoutError")
    except asyncio.CancelledError:
        print("worker: CancelledError, cancelling() =", asyncio.current_task().cancelling())
        raise

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("main: cancelled", t.cancelled())

asyncio.run(main())
