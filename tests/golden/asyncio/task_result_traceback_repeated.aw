# Awaiting (or calling result() on) a failed task or future again does not pile up traceback
# entries: the first raise restores the traceback the exception had when it was set, later
# ones start from none (CPython's C Future).
import asyncio
import traceback


def where(exc):
    return [(f.name, f.line) for f in traceback.extract_tb(exc.__traceback__)]


def fail():
    raise TypeError(42)


async def failing():
    fail()


async def main():
    task = asyncio.create_task(failing())
    for i in range(3):
        try:
            await task
        except TypeError as e:
            print("await", i, where(e))
    for i in range(2):
        try:
            task.result()
        except TypeError as e:
            print("result", i, where(e))
    print("exception():", where(task.exception()))

    fut = asyncio.get_running_loop().create_future()
    try:
        fail()
    except TypeError as e:
        fut.set_exception(e)
    print("exception() first:", where(fut.exception()))
    for i in range(2):
        try:
            await fut
        except TypeError as e:
            print("future await", i, where(e))

    results = await asyncio.gather(failing(), failing(), return_exceptions=True)
    print("gather:", [where(r) for r in results])
    gathered = asyncio.gather(failing())
    for i in range(2):
        try:
            await gathered
        except TypeError as e:
            print("gather await", i, where(e))


asyncio.run(main())
