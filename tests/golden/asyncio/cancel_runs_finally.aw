# Task.cancel() raises CancelledError at the await; finally blocks run; the task ends cancelled.
import asyncio

async def worker():
    try:
        print("worker sleeping")
        await asyncio.sleep(1)
        print("not reached")
    finally:
        print("worker finally")

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.01)
    print("cancel:", t.cancel())
    print("cancelled right away?", t.cancelled())
    try:
        await t
    except asyncio.CancelledError:
        print("await raised CancelledError")
    print(t.cancelled(), t.done(), t.cancel())
    try:
        t.result()
    except asyncio.CancelledError:
        print("result() raises CancelledError")
    print(issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))

asyncio.run(main())
