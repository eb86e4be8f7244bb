# timeout <= 0: a done future gives its result, otherwise the task is cancelled at once.
import asyncio

async def job():
    try:
        await asyncio.sleep(1)
    finally:
        print("job finally")

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_result("ready")
    print(await asyncio.wait_for(f, 0))
    t = asyncio.create_task(job())
    try:
        await asyncio.wait_for(t, -1)
    except TimeoutError:
        print("TimeoutError; task cancelled:", t.cancelled())
    try:
        await asyncio.wait_for(job(), 0)
    except TimeoutError:
        print("TimeoutError for a coroutine")

asyncio.run(main())
