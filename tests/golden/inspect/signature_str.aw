# inspect.signature of functions, methods, classes, lambdas and partials, printed as CPython does
import functools
import inspect


def f(a, b=1, /, c=2, *args, d, e=3, **kw):
    pass


async def g(x):
    pass


class C:
    def __init__(self, x, y=0):
        pass

    def m(self, z):
        pass

    @classmethod
    def cm(cls, q):
        pass

    @staticmethod
    def sm(r, *, s="s"):
        pass


class Callable:
    def __call__(self, n, m=None):
        pass


print(inspect.signature(f))
print(inspect.signature(g), inspect.signature(C), inspect.signature(C.m), inspect.signature(C(1).m))
print(inspect.signature(C.cm), inspect.signature(C.sm), inspect.signature(lambda *a, **k: 0))
print(inspect.signature(Callable()), inspect.signature(lambda: None))
print(inspect.signature(functools.partial(f, 1, d=5)))
print(repr(inspect.signature(f)))
print(inspect.signature(functools.wraps(f)(lambda: 0)))
print(inspect.signature(functools.wraps(f)(lambda: 0), follow_wrapped=False))
try:
    inspect.signature(42)
except TypeError as e:
    print("TypeError:", e)
