# inspect.getgeneratorstate / getgeneratorlocals / getcoroutinestate / getcoroutinelocals
import inspect


def countdown(n):
    label = "counting"
    while n > 0:
        print("  state inside:", inspect.getgeneratorstate(me))
        yield n
        n -= 1


me = countdown(2)
print(inspect.getgeneratorstate(me), inspect.getgeneratorlocals(me))
print(next(me), inspect.getgeneratorstate(me))
print(sorted(inspect.getgeneratorlocals(me).items()))
print(list(me), inspect.getgeneratorstate(me), inspect.getgeneratorlocals(me))

closed_early = countdown(5)
next(closed_early)
closed_early.close()
print(inspect.getgeneratorstate(closed_early))

try:
    inspect.getgeneratorlocals([1, 2])
except TypeError as e:
    print("TypeError:", e)


class Pause:
    def __await__(self):
        yield "paused"


async def job(x):
    y = x * 2
    await Pause()
    return y


c = job(21)
print(inspect.getcoroutinestate(c), inspect.getcoroutinelocals(c))
print(c.send(None), inspect.getcoroutinestate(c), sorted(inspect.getcoroutinelocals(c).items()))
try:
    c.send(None)
except StopIteration as stop:
    print("returned", stop.value, inspect.getcoroutinestate(c), inspect.getcoroutinelocals(c))
print(inspect.GEN_CREATED, inspect.CORO_RUNNING)
