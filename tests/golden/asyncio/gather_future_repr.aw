# The future gather() returns is a _GatheringFuture; its repr names that class.
import asyncio

async def main():
    g = asyncio.gather(asyncio.sleep(0, "x"), asyncio.sleep(0, "y"))
    print(g)
    print(isinstance(g, asyncio.Future), type(g).__name__)
    await g
    print(g)
    g2 = asyncio.gather(asyncio.sleep(1))
    g2.cancel()
    try:
        await g2
    except asyncio.CancelledError:
        pass
    print(g2, g2.cancelled())

asyncio.run(main())
