# Iterating a pending Future outside a task: it yields itself once, and resuming it while it is
# still pending raises RuntimeError (no task took it), as CPython's future iterator does.
import asyncio
loop = asyncio.new_event_loop()
fut = loop.create_future()
it = iter(fut)
print(next(it) is fut)
try:
    next(it)
except RuntimeError as e:
    print("RE", e)
def coro():
    yield from fut
try:
    a, b = coro()
except RuntimeError as e:
    print("RE", e)
except ValueError as e:
    print("VE", e)
fut.set_result(3)
def c2():
    return (yield from fut)
g = c2()
try: next(g)
except StopIteration as e: print("stop", e.value)
loop.close()
