# A Task's outcome comes from its coroutine: set_result/set_exception raise RuntimeError
# (after the argument count is checked); a plain Future accepts them.
import asyncio


async def work():
    await asyncio.sleep(0)
    return "from the coroutine"


async def main():
    task = asyncio.create_task(work())
    for attempt in (lambda: task.set_result("forced"),
                    lambda: task.set_exception(ValueError("forced")),
                    lambda: task.set_result(),
                    lambda: asyncio.Task.set_exception(task, 1, 2)):
        try:
            attempt()
        except Exception as e:
            print(type(e).__name__, e)
    print(await task)
    fut = asyncio.get_running_loop().create_future()
    fut.set_result("futures accept it")
    print(fut.result())


asyncio.run(main())
