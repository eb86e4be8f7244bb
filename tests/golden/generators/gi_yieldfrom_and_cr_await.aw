# gi_yieldfrom / cr_await / ag_await name what a suspended generator delegates to (None when
# it is not delegating, not started or finished); cr_suspended and cr_origin as in CPython.


def numbers():
    yield 1
    yield 2


def middle():
    got = yield from numbers()
    return got


def outer():
    yield "start"
    yield from middle()
    yield "end"


g = outer()
print("new:", g.gi_yieldfrom)
print(next(g), g.gi_yieldfrom)
print(next(g), g.gi_yieldfrom.__name__, g.gi_yieldfrom.gi_yieldfrom.__name__)
print("leaf delegates to:", g.gi_yieldfrom.gi_yieldfrom.gi_yieldfrom)
print(list(g), "finished:", g.gi_yieldfrom)


def over_builtin():
    yield from iter([10, 20])


b = over_builtin()
next(b)
print("builtin delegate:", type(b.gi_yieldfrom).__name__)


class Pause:
    def __await__(self):
        yield "paused"


async def child():
    await Pause()
    return "child result"


async def parent():
    return await child()


c = parent()
print("coroutine new:", c.cr_await, c.cr_suspended, c.cr_origin)
print("yielded:", c.send(None))
print("awaiting:", c.cr_await.__qualname__, c.cr_suspended)
try:
    c.send(None)
except StopIteration as stop:
    print("returned:", stop.value, c.cr_await, c.cr_suspended)


async def ticker():
    await Pause()
    yield "tick"


a = ticker()
print("async gen new:", a.ag_await, a.ag_frame is not None)
step = a.__anext__()
print("step yielded:", step.send(None))
print("async gen awaits:", type(a.ag_await).__name__)
