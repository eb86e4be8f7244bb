# A Task subclass awaiting a Future subclass: the task is woken when the future completes, and
# the future's overridden add_done_callback sees the task's wake-up being registered.
import asyncio, collections

class Counting:
    def __init__(self, *args, **kwargs):
        self.calls = collections.defaultdict(int)
        super().__init__(*args, **kwargs)
    def add_done_callback(self, *args, **kwargs):
        self.calls['add_done_callback'] += 1
        return super().add_done_callback(*args, **kwargs)

class MyTask(Counting, asyncio.Task):
    pass

class MyFuture(Counting, asyncio.Future):
    pass

loop = asyncio.new_event_loop()
fut = MyFuture(loop=loop)

async def waiter():
    loop.call_soon(fut.set_result, 'value')
    return await fut

task = MyTask(waiter(), loop=loop)
print(loop.run_until_complete(task), type(task).__name__)
print(dict(fut.calls))

async def chain():
    inner = MyTask(asyncio.sleep(0, 'inner'), loop=loop)
    return await inner, type(inner).__name__

print(loop.run_until_complete(MyTask(chain(), loop=loop)))
loop.close()
