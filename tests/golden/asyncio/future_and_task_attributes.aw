# Futures and tasks accept attributes set by the program (CPython's C Future has a dict slot),
# kept alive with the object, and their subclasses too.
import asyncio
import gc


class Tagged(asyncio.Future):
    pass


async def job(n):
    await asyncio.sleep(0)
    return n * 10


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.label = "plain future"
    fut.payload = [1, 2, 3]
    tasks = []
    for n in range(3):
        t = asyncio.create_task(job(n))
        t.job_id = f"job-{n}"
        t.started_with = {"n": n}
        tasks.append(t)
    gc.collect()
    for t in tasks:
        print(t.job_id, t.started_with, await t)
    print(fut.label, fut.payload)
    sub = Tagged()
    sub.extra = "subclass"
    print(sub.extra)
    try:
        tasks[0].missing
    except AttributeError:
        print("unknown attribute still raises AttributeError")
    del tasks[1].job_id
    print(hasattr(tasks[1], "job_id"), hasattr(tasks[2], "job_id"))


asyncio.run(main())
