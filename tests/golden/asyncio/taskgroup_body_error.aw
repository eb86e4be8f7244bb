# An exception in the async-with body cancels the tasks and joins the ExceptionGroup.
import asyncio

async def child():
    try:
        await asyncio.sleep(1)
    finally:
        print("child cleanup")

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child())
            await asyncio.sleep(0)
            raise RuntimeError("body failed")
    except BaseExceptionGroup as eg:
        print(type(eg).__name__, [repr(e) for e in eg.exceptions])

asyncio.run(main())
