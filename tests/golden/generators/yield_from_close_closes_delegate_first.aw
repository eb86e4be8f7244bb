# close() (or throw(GeneratorExit)) on a generator suspended in `yield from` first closes the
# inner iterator, then raises GeneratorExit at the `yield from` even if the inner one swallowed
# it; an error while closing the inner one is raised there instead.


def inner(label, on_exit):
    try:
        yield f"{label}: first"
        yield f"{label}: second"
    except GeneratorExit:
        print(label, "saw GeneratorExit, will", on_exit)
        if on_exit == "return":
            return "swallowed"
        if on_exit == "fail":
            raise KeyError(label)
        raise


def outer(label, on_exit):
    try:
        result = yield from inner(label, on_exit)
        print(label, "inner returned", result)
        yield f"{label}: after"
    except GeneratorExit:
        print(label, "outer got GeneratorExit")
        raise
    except KeyError as e:
        print(label, "outer got", repr(e))
        raise


for on_exit in ("reraise", "return", "fail"):
    g = outer(on_exit, on_exit)
    print(next(g))
    try:
        g.close()
        print("closed")
    except KeyError as e:
        print("close raised", repr(e))
    print(list(g))

g = outer("thrown", "return")
next(g)
try:
    g.throw(GeneratorExit)
except GeneratorExit:
    print("throw(GeneratorExit) came back out")


class Counter:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        return self.n

    def close(self):
        print("Counter.close called at", self.n)


def over_counter():
    yield from Counter()


g = over_counter()
print(next(g), next(g))
g.close()


def over_range():
    yield from range(3)


g = over_range()
print(next(g))
g.close()
print(list(g))


async def leaf():
    try:
        await Pause()
    except GeneratorExit:
        print("leaf coroutine closed")
        return 1


class Pause:
    def __await__(self):
        yield "paused"


async def branch():
    try:
        await leaf()
    finally:
        print("branch finally")


c = branch()
print(c.send(None))
c.close()
