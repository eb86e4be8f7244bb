# subclasses of asyncio.Task: inheriting __init__, or calling super().__init__ with name=; a task
# factory that returns one
import asyncio


class MyTask(asyncio.Task):
    pass


class Named(asyncio.Task):
    def __init__(self, coro, *, loop=None, name=None):
        super().__init__(coro, loop=loop, name=name)
        self.extra = "extra"


async def five():
    return 5


async def main():
    t = MyTask(five())
    print(type(t).__name__, await t, isinstance(t, asyncio.Task))
    n = Named(five(), name="nn")
    print(n.get_name(), n.extra, await n)
    loop = asyncio.get_running_loop()
    loop.set_task_factory(lambda loop, coro, **kw: MyTask(coro, loop=loop, **kw))
    t2 = asyncio.create_task(five(), name="made")
    print(type(t2).__name__, t2.get_name(), await t2)
    print(await asyncio.gather(five(), five()))


asyncio.run(main())
