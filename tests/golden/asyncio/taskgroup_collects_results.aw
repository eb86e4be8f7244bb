# TaskGroup waits for all its tasks when the block ends.
import asyncio

async def job(name, d):
    await asyncio.sleep(d)
    print("done", name)
    return name * 2

async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(job("a", 0.02))
        t2 = tg.create_task(job("b", 0.01), name="second")
        print("created", t2.get_name())
    print("after block:", t1.result(), t2.result())

asyncio.run(main())
