# asyncio.timeout turns its own cancellation into TimeoutError; the block's finally runs.
import asyncio

async def main():
    try:
        async with asyncio.timeout(0.02) as cm:
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("body sees CancelledError")
                raise
            finally:
                print("body finally")
    except TimeoutError as e:
        print("TimeoutError caught; context:", type(e.__context__).__name__)
    print("expired:", cm.expired())
    print(repr(cm))
    print("cancelling:", asyncio.current_task().cancelling())

asyncio.run(main())
