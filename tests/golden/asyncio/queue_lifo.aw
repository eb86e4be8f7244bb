# LifoQueue gives the last item put first.
import asyncio

async def main():
    q = asyncio.LifoQueue()
    for x in "abc":
        await q.put(x)
    print(str(q))
    print([await q.get() for _ in range(3)])
    print(q.empty())

asyncio.run(main())
