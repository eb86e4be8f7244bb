# getdoc, cleandoc, getmembers, getmro, getmodule, getfullargspec, getsource, unwrap
import functools
import inspect


def f(a, b=1, *args, c, d=2, **kw):
    """Summary line.

       Indented more.
    """


class Base:
    """Base doc."""
    x = 1

    def m(self):
        return 1


class C(Base):
    y = 2

    def n(self):
        pass


print(inspect.getdoc(f))
print(inspect.getdoc(C))
print(inspect.getdoc(C.m))
print(repr(inspect.cleandoc("  first\n      second\n    third\n")))
print([n for n, v in inspect.getmembers(C, inspect.isfunction)])
print([(n, v) for n, v in inspect.getmembers(C()) if not n.startswith("_") and not callable(v)])
print(inspect.getmro(C))
print(inspect.getmodule(f).__name__, inspect.getmodule(inspect.signature).__name__)
print(inspect.getfullargspec(f))
print(inspect.getsource(C.n), end="")
print(inspect.getsource(f).splitlines()[0])


@functools.wraps(f)
def wrapper(*a, **k):
    return f(*a, **k)


print(inspect.unwrap(wrapper) is f, inspect.signature(wrapper))
print(inspect.currentframe() is None or inspect.currentframe() is not None)
