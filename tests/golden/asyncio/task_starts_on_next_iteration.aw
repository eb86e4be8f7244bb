# create_task schedules the coroutine; it starts only when the creator yields.
import asyncio

async def child():
    print("child runs")
    return 5

async def main():
    t = asyncio.create_task(child())
    print("task created, done:", t.done())
    await asyncio.sleep(0)
    print("after sleep(0), done:", t.done(), "result:", t.result())
    coro = child()
    print("coroutine object created")
    print(await coro)

asyncio.run(main())
