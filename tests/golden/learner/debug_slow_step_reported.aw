# asyncio debug mode: a task step or a callback that holds the loop for slow_callback_duration
# (0.1 s) or more is reported on stderr with what ran and for how long.
import asyncio
import time


def blocking_callback(seconds):
    time.sleep(seconds)


async def child():
    time.sleep(0.15)
    return 1


async def main():
    loop = asyncio.get_running_loop()
    task = asyncio.create_task(child())
    await asyncio.sleep(0)
    time.sleep(0.12)
    print(await task)
    loop.call_soon(blocking_callback, 0.2)
    loop.call_soon(blocking_callback, 0.01)
    await asyncio.sleep(0.3)
    loop.slow_callback_duration = 0.5
    time.sleep(0.3)
    await asyncio.sleep(0)
    print("done")


asyncio.run(main(), debug=True)
