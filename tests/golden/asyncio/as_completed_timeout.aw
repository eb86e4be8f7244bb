# as_completed(timeout=...) raises TimeoutError from the awaitables not finished in time.
import asyncio

async def job(name, d):
    await asyncio.sleep(d)
    return name

async def main():
    tasks = [asyncio.create_task(job("quick", 0.01)), asyncio.create_task(job("late", 2))]
    try:
        for fut in asyncio.as_completed(tasks, timeout=0.3):
            print(await fut)
    except asyncio.TimeoutError:
        print("timed out")
    tasks[1].cancel()
    it = asyncio.as_completed(asyncio.get_running_loop().create_future())
    try:
        next(it)
    except TypeError as e:
        print("TypeError", e)

asyncio.run(main())
