# return_exceptions=True puts exceptions in the result list instead of raising.
import asyncio

async def ok(x):
    await asyncio.sleep(0)
    return x

async def bad(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)

async def main():
    results = await asyncio.gather(ok(1), bad("first"), ok(3), bad("second"), return_exceptions=True)
    for r in results:
        print(type(r).__name__, r)

asyncio.run(main())
