# a task still pending when its loop is dropped: "Task was destroyed but it is pending!" at exit
# (aw-only: CPython also warns that the never-started coroutine was never awaited, from its own
# asyncio files)
import asyncio


async def forever():
    await asyncio.sleep(10)


loop = asyncio.new_event_loop()
loop.create_task(forever(), name="never-started")
print("exit without running the loop")
