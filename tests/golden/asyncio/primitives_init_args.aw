# Old code passes loop= to asyncio's primitives (removed in 3.10): the TypeError names __init__
# as a Python class's does; a loop built from its class runs like new_event_loop()'s.
import asyncio

makers = [
    ("Lock(loop=None)", lambda: asyncio.Lock(loop=None)),
    ("Event(loop=None)", lambda: asyncio.Event(loop=None)),
    ("Semaphore(2, loop=None)", lambda: asyncio.Semaphore(2, loop=None)),
    ("BoundedSemaphore(loop=None)", lambda: asyncio.BoundedSemaphore(loop=None)),
    ("Queue(5, loop=None)", lambda: asyncio.Queue(5, loop=None)),
    ("LifoQueue(loop=None)", lambda: asyncio.LifoQueue(loop=None)),
    ("PriorityQueue(maxsize=1, extra=2)", lambda: asyncio.PriorityQueue(maxsize=1, extra=2)),
    ("Lock(1)", lambda: asyncio.Lock(1)),
    ("Event(True)", lambda: asyncio.Event(True)),
    ("Semaphore(1, 2)", lambda: asyncio.Semaphore(1, 2)),
    ("Queue(1, 2)", lambda: asyncio.Queue(1, 2)),
    ("Semaphore(3, value=3)", lambda: asyncio.Semaphore(3, value=3)),
]
for label, make in makers:
    try:
        print(label, "->", make())
    except TypeError as e:
        print(label, "->", e)

class Pool(asyncio.Semaphore):
    pass

try:
    Pool(1, loop=None)
except TypeError as e:
    print(e)

async def main():
    await asyncio.sleep(0)
    return "ran"

for cls in (asyncio.SelectorEventLoop,):
    loop = cls()
    print(cls.__name__, loop.is_running(), loop.run_until_complete(main()))
    loop.close()
    print(loop.is_closed())
loop = asyncio.SelectorEventLoop(selector=None)
loop.close()
