# Task names: Task-N by default (N counts every task made), set_name, and reprs of done tasks.
import asyncio

def show(task):
    # drop ", defined at /abs/path.aw:N" (CPython shows the script's absolute path)
    r = repr(task)
    start = r.index(", defined at ")
    end = r.index(">", start)
    return r[:start] + r[end:]

async def job(x):
    return x

async def boom():
    raise KeyError("k")

async def main():
    me = asyncio.current_task()
    print(me.get_name())
    t1 = asyncio.create_task(job(1), name="custom")
    t2 = asyncio.create_task(job(2))
    print(t1.get_name(), t2.get_name())
    t2.set_name("renamed")
    print(t2.get_name())
    t3 = asyncio.create_task(boom())
    await asyncio.gather(t1, t2, t3, return_exceptions=True)
    print(show(t1))
    print(show(t3))
    t4 = asyncio.create_task(job(4))
    t4.cancel()
    await asyncio.sleep(0)
    print(show(t4))
    print(t1.get_coro().__name__, asyncio.iscoroutine(t1.get_coro()))

asyncio.run(main())
