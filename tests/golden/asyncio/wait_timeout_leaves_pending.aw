# wait(timeout=...) does not raise: unfinished tasks come back in the pending set.
import asyncio

async def job(d):
    await asyncio.sleep(d)
    return d

async def main():
    tasks = [asyncio.create_task(job(0.01)), asyncio.create_task(job(2))]
    done, pending = await asyncio.wait(tasks, timeout=0.3)
    print(len(done), len(pending))
    print(tasks[0] in done, tasks[1] in pending)
    tasks[1].cancel()

asyncio.run(main())
