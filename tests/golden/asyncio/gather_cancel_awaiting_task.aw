# Cancelling the task that awaits a gather cancels the gather's children too.
import asyncio

async def child(name):
    try:
        await asyncio.sleep(1)
    finally:
        print("child", name, "finally")

async def parent():
    try:
        await asyncio.gather(child("x"), child("y"))
    except asyncio.CancelledError:
        print("parent cancelled")
        raise

async def main():
    t = asyncio.create_task(parent())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("main: parent task cancelled:", t.cancelled())

asyncio.run(main())
