# cancel(msg) delivers the message in the CancelledError.
import asyncio

async def worker():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print("worker got", repr(e))
        raise

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    t.cancel("time to stop")
    try:
        await t
    except asyncio.CancelledError as e:
        print("main got args", e.args)

asyncio.run(main())
