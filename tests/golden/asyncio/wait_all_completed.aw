# asyncio.wait with the default ALL_COMPLETED returns (done, pending) sets.
import asyncio

async def job(x, d):
    await asyncio.sleep(d)
    return x

async def main():
    tasks = [asyncio.create_task(job(i, 0.01 * (3 - i))) for i in range(3)]
    done, pending = await asyncio.wait(tasks)
    print(type(done).__name__, len(done), len(pending))
    print(sorted(t.result() for t in done))
    print(asyncio.ALL_COMPLETED, asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION)

asyncio.run(main())
