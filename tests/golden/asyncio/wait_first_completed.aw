# return_when=FIRST_COMPLETED returns as soon as one task is done.
import asyncio

async def job(x, d):
    await asyncio.sleep(d)
    return x

async def main():
    tasks = [asyncio.create_task(job("slow", 2)), asyncio.create_task(job("fast", 0.01))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print([t.result() for t in done], len(pending))
    for t in pending:
        t.cancel()
    done, pending = await asyncio.wait(pending)
    print([t.cancelled() for t in done], len(pending))

asyncio.run(main())
