# What CPython's unittest and mock rely on from the interpreter: a writable tb_next (unittest
# drops its own frames), __call__ on built-in callables (mock's _callable), isinstance asking
# x.__class__ (Mock(spec=C)), a submodule bound on its package only when first loaded
# (unittest.main stays the function), os.kill to this process running the handler at once.
import os
import signal
import sys
import unittest
import unittest.main


def fail():
    def inner():
        raise ValueError("x")
    inner()


try:
    fail()
except ValueError as e:
    tb = e.__traceback__
    depth = 0
    t = tb
    while t:
        depth += 1
        t = t.tb_next
    print("depth", depth)
    tb.tb_next.tb_next = None
    print("cut", tb.tb_next.tb_next, tb.tb_next.tb_frame.f_code.co_name)
    for bad in (5, tb):
        try:
            tb.tb_next = bad
        except (TypeError, ValueError) as err:
            print(type(err).__name__, err)
    try:
        del tb.tb_next
    except TypeError as err:
        print("TypeError", err)

print(len.__call__([1, 2]), (lambda a, b=1: a + b).__call__(2, b=3), "x".upper.__call__())
print(hasattr(print, "__call__"), hasattr(staticmethod(len), "__call__"), hasattr(5, "__call__"))


class Claimed:
    pass


class Pretender:
    @property
    def __class__(self):
        return Claimed


class Plain:
    __class__ = int   # a class attribute that is not a type's __class__ descriptor


print(isinstance(Pretender(), Claimed), isinstance(Pretender(), Pretender), isinstance(Pretender(), (str, Claimed)))
print(isinstance(Plain(), int), isinstance(Plain(), Plain), type(Plain()).__name__)
print(type(unittest.main).__name__, type(sys.modules["unittest.main"]).__name__)
import os.path
print(os.path is sys.modules["posixpath"])

seen = []
old = signal.signal(signal.SIGUSR1, lambda signum, frame: seen.append(signum))
os.kill(os.getpid(), signal.SIGUSR1)
print("handled before kill returned:", seen == [signal.SIGUSR1])
signal.signal(signal.SIGUSR1, old)
