# Default task names Task-N: asyncio.create_task and TaskGroup.create_task use up a number
# even when given a name; Task(..., name=) and loop.create_task(..., name=) do not.
import asyncio


async def idle():
    await asyncio.sleep(0)


async def main():
    loop = asyncio.get_running_loop()
    made = [
        asyncio.create_task(idle(), name="named-by-create_task"),
        asyncio.create_task(idle()),
        loop.create_task(idle(), name="named-by-loop"),
        loop.create_task(idle()),
        asyncio.Task(idle(), name="named-by-Task"),
        asyncio.ensure_future(idle()),
    ]
    async with asyncio.TaskGroup() as group:
        made.append(group.create_task(idle(), name="named-by-group"))
        made.append(group.create_task(idle()))
    made.append(asyncio.create_task(idle()))
    await asyncio.gather(*made)
    print([t.get_name() for t in made])


asyncio.run(main())
