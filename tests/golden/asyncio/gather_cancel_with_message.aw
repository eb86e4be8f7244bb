# gather(...).cancel(msg) passes the message on to the children and to the awaiting code.
import asyncio

async def child():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print("child got", e.args)
        raise

async def main():
    g = asyncio.gather(child(), child(), return_exceptions=True)
    await asyncio.sleep(0)
    g.cancel("shutting down")
    try:
        await g
    except asyncio.CancelledError as e:
        print("main got", e.args)

asyncio.run(main())
