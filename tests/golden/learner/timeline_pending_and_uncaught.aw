# aw --timeline: a task still waiting when the program ends is drawn to the end as pending, and
# the chart still comes after an uncaught exception.
import asyncio


async def forever():
    await asyncio.sleep(100)


async def ticker():
    for i in range(3):
        await asyncio.sleep(0.5)
        print("tick", i)


async def main():
    asyncio.ensure_future(forever())
    await asyncio.create_task(ticker(), name="ticker")
    raise RuntimeError("main gives up")


loop = asyncio.new_event_loop()
loop.run_until_complete(main())
