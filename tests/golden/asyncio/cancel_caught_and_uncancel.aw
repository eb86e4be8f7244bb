# A task may catch CancelledError and go on; cancelling() counts requests, uncancel() undoes one.
import asyncio

async def resilient():
    task = asyncio.current_task()
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("caught; cancelling() =", task.cancelling())
        print("uncancel() ->", task.uncancel())
    await asyncio.sleep(0)
    return "finished normally"

async def main():
    t = asyncio.create_task(resilient())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled())

asyncio.run(main())
