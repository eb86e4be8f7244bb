# When a gather completes relative to other callbacks and tasks finishing in the same
# iterations (with and without return_exceptions, with a failing child).
import asyncio

async def child(name, steps, fail=False):
    for i in range(steps):
        await asyncio.sleep(0)
    print("child", name, "done")
    if fail:
        raise ValueError(name)
    return name

async def bystander(steps):
    for i in range(steps):
        print("bystander step", i)
        await asyncio.sleep(0)

async def main():
    loop = asyncio.get_running_loop()
    for return_exceptions in (False, True):
        print("return_exceptions", return_exceptions)
        by = asyncio.create_task(bystander(5))
        g = asyncio.gather(child("a", 1), child("b", 2), child("c", 2), child("d", 3),
                           return_exceptions=return_exceptions)
        g.add_done_callback(lambda f: print("gather done callback"))
        loop.call_soon(print, "call_soon from main")
        print("gathered", await g)
        await by
    by = asyncio.create_task(bystander(4))
    g = asyncio.gather(child("x", 1), child("y", 2, fail=True), child("z", 3), return_exceptions=True)
    g.add_done_callback(lambda f: print("gather done callback"))
    print("gathered", await g)
    await by
    try:
        await asyncio.gather(child("p", 1), child("q", 2, fail=True), child("r", 3))
    except ValueError as e:
        print("raised", repr(e))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    await asyncio.sleep(0)

asyncio.run(main())
