# Functions, builtins and bound methods have __call__ (binascii's own test probes hasattr(f, "__call__")).
def f(a, b=2, *, c=3): return (a, b, c)
class C:
    def m(self, x): return ('m', x)
    @classmethod
    def cm(cls, x): return ('cm', x)
    @staticmethod
    def sm(x): return ('sm', x)
o = C()
for obj in (f, len, o.m, C.cm, C.sm, lambda: 0, print, C, o):
    print(type(obj).__name__, hasattr(obj, '__call__'), callable(obj))
print(f.__call__(1, c=5), f.__call__.__call__(1, 2), len.__call__([1, 2]), o.m.__call__(7), C.cm.__call__(8), C.sm.__call__(9))
print(type(f).__call__(f, 0), type(len).__call__(len, 'abc'))
try:
    type(f).__call__(len, 1)
except TypeError as e:
    print(e)
try:
    f.__call__()
except TypeError as e:
    print(e)
import functools
print(functools.reduce(int.__add__.__call__, [1, 2, 3]) if hasattr(int.__add__, '__call__') else None)
