# loop.set_task_factory: create_task, asyncio.create_task, ensure_future and gather go through
# the factory (name and context= passed on as CPython does); BaseEventLoop/SelectorEventLoop
import asyncio
MyTask = asyncio.Task
class _Unused:
    pass
created = []
def factory(loop, coro, **kw):
    created.append((type(coro).__name__, sorted(kw)))
    return asyncio.Task(coro, loop=loop, **kw)
async def child():
    return asyncio.current_task().__class__.__name__
async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_task_factory())
    loop.set_task_factory(factory)
    print(loop.get_task_factory() is factory)
    t = asyncio.create_task(child(), name="named")
    print(type(t).__name__, t.get_name(), await t)
    print(await loop.create_task(child()))
    import contextvars
    print(await asyncio.create_task(child(), context=contextvars.copy_context()))
    print(await asyncio.gather(child(), child()))
    print(created)
    loop.set_task_factory(None)
    print(type(asyncio.create_task(child())).__name__)
    try:
        loop.set_task_factory(1)
    except TypeError as e:
        print(e)
    print(isinstance(loop, asyncio.BaseEventLoop), isinstance(loop, asyncio.SelectorEventLoop))
asyncio.run(main())
