# The pre-3.7 style: a loop made by hand, run_until_complete, close.
import asyncio

async def add(a, b):
    await asyncio.sleep(0.01)
    return a + b

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(loop.is_running(), loop.is_closed())
print(loop.run_until_complete(add(2, 3)))
t = loop.create_task(add(10, 20))
print(loop.run_until_complete(t), t.done())
print(loop.run_until_complete(asyncio.gather(add(1, 1), add(2, 2))))
loop.close()
print(loop.is_closed())
