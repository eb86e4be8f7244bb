# Subclasses of built-in containers and numbers: which ones accept extra keyword arguments
# (CPython lets them through when the subclass defines __init__ or __new__ to take them).

def attempt(label, make):
    try:
        u = make()
        print(label, type(u).__name__, repr(u), getattr(u, "extra", None))
    except TypeError as e:
        print(label, "TypeError:", e)

samples = [(list, [3, 4]), (tuple, (3, 4)), (float, 1.5), (frozenset, [7]), (set, [8]),
           (int, 9), (str, "hi"), (complex, 2j), (bytes, b"ab")]

for base, value in samples:
    class Plain(base):
        pass

    class WithInit(base):
        def __init__(self, v, extra=None):
            self.extra = extra

    class WithNew(base):
        def __new__(cls, v, extra=None):
            obj = super().__new__(cls, v)
            obj.extra = extra
            return obj

    name = base.__name__
    attempt(name + " plain", lambda: Plain(value, extra=1))
    attempt(name + " init", lambda: WithInit(value, extra=2))
    attempt(name + " new", lambda: WithNew(value, extra=3))

for label, call in [("int.__new__(bool)", lambda: int.__new__(bool, 1)),
                    ("bool.__new__(bool)", lambda: bool.__new__(bool, 1))]:
    try:
        print(label, call())
    except TypeError as e:
        print(label, "TypeError:", e)
try:
    class B(bool):
        pass
except TypeError as e:
    print("subclass bool:", e)
