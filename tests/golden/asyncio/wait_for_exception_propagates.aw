# An exception in the awaited coroutine comes out of wait_for unchanged.
import asyncio

async def boom():
    await asyncio.sleep(0.01)
    raise ZeroDivisionError("inner failure")

async def main():
    try:
        await asyncio.wait_for(boom(), timeout=1)
    except ZeroDivisionError as e:
        print("caught:", e)

asyncio.run(main())
