# Timeout objects outside a task, and the asyncio.Timeout class.
import asyncio

async def main():
    t = asyncio.Timeout(None)
    print(type(t).__name__, t.when())
    async with t:
        pass
    print(repr(t))

asyncio.run(main())
try:
    asyncio.timeout(1)
except RuntimeError as e:
    print("RuntimeError:", e)
