# Tasks of a group may add more tasks to it while the block is exiting.
import asyncio

async def spawner(tg, depth):
    await asyncio.sleep(0.01)
    print("depth", depth)
    if depth < 3:
        tg.create_task(spawner(tg, depth + 1))

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(spawner(tg, 1))
    print("all done")

asyncio.run(main())
