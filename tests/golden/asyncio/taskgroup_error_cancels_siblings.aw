# A failing task cancels its siblings; the errors come out as an ExceptionGroup.
import asyncio

async def fail(d):
    await asyncio.sleep(d)
    raise ValueError("task failed")

async def long_job():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("sibling cancelled")
        raise

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(long_job())
            tg.create_task(fail(0.01))
            await asyncio.sleep(1)
            print("not reached")
    except ExceptionGroup as eg:
        print(type(eg).__name__, "|", eg)
        print(eg.message)
        print([repr(e) for e in eg.exceptions])
    print("parent continues, cancelling() =", asyncio.current_task().cancelling())

asyncio.run(main())
