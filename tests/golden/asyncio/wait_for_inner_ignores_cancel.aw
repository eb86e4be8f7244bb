# If the inner task swallows the cancellation and returns, wait_for returns that value.
import asyncio

async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("stubborn: cancelled, returning anyway")
        return "partial"

async def failing_cleanup():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        raise RuntimeError("cleanup failed")

async def main():
    print(await asyncio.wait_for(stubborn(), 0.01))
    try:
        await asyncio.wait_for(failing_cleanup(), 0.01)
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
