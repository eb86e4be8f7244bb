# asyncio.run cancels the task left when main returns and, like CPython's gather over the
# remaining tasks, also runs its done callbacks (and what those schedule at once) before
# closing the loop. (One task only: CPython cancels several in set order.)
import asyncio


async def slow_cleanup(rounds):
    try:
        await asyncio.sleep(10)
    finally:
        print("cleanup start", rounds)
        for i in range(rounds):
            await asyncio.sleep(0)
            print("cleanup step", i)


def on_done(task):
    print("done callback", task.get_name(), task.cancelled())
    asyncio.get_running_loop().call_soon(print, "scheduled by the callback")


async def main():
    t = asyncio.create_task(slow_cleanup(2), name="worker")
    t.add_done_callback(on_done)
    t.add_done_callback(lambda task: print("second callback", task.get_name()))
    await asyncio.sleep(0)
    print("main returns")


asyncio.run(main())
print("after run")
