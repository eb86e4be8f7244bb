# wait_for raises TimeoutError after cancelling the inner task and waiting for its cleanup.
import asyncio

async def slow():
    try:
        await asyncio.sleep(1)
        return "never"
    except asyncio.CancelledError:
        print("inner cancelled")
        raise
    finally:
        print("inner finally")

async def main():
    try:
        await asyncio.wait_for(slow(), timeout=0.02)
    except asyncio.TimeoutError as e:
        print("timeout:", type(e).__name__, type(e.__cause__).__name__)
    print(asyncio.TimeoutError is TimeoutError)

asyncio.run(main())
