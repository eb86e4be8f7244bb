# yield from a class-based iterator: the value its StopIteration carries is the result


class Countdown:
    def __init__(self, n, stop):
        self.n = n
        self.stop = stop

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise self.stop
        self.n -= 1
        return self.n


class Finished(StopIteration):
    pass


def relay(n, stop):
    result = yield from Countdown(n, stop)
    print("  relay got", repr(result))
    return result


for stop in (StopIteration("done"), Finished(42), StopIteration, Finished, StopIteration(1, 2), StopIteration(None)):
    g = relay(2, stop)
    print(type(stop).__name__ if not isinstance(stop, type) else stop.__name__, list(g))

g = relay(1, StopIteration("x"))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("outer StopIteration value:", e.value)
