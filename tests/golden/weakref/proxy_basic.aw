# weakref.proxy forwards attributes, operators, calls and items to its referent
import gc
import weakref


class Vec:
    def __init__(self, x):
        self.x = x

    def __add__(self, other):
        return Vec(self.x + (other.x if isinstance(other, Vec) else other))

    def __eq__(self, other):
        return isinstance(other, Vec) and self.x == other.x

    __hash__ = None

    def __len__(self):
        return self.x

    def __getitem__(self, i):
        return i * self.x

    def __iter__(self):
        return iter(range(self.x))

    def __str__(self):
        return f"Vec<{self.x}>"

    def method(self):
        return "method of " + str(self)


class Fn:
    def __call__(self, a, b=2):
        return a + b


v = Vec(3)
p = weakref.proxy(v)
print(p.x, p.method(), str(p), len(p), p[4], list(p), 2 in p, bool(p))
print((p + 1).x, (p + v).x, p == Vec(3), p == v)
p.y = 10
print(v.y)
del p.y
print(hasattr(v, "y"))
print(type(p).__name__, weakref.proxy(v) is p)
f = Fn()
cp = weakref.proxy(f)
print(type(cp).__name__, cp(1), cp(1, b=5), callable(cp))
print(weakref.ProxyTypes == (weakref.ProxyType, weakref.CallableProxyType))
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
del v
gc.collect()
for op in (lambda: p.x, lambda: p + 1, lambda: str(p), lambda: len(p)):
    try:
        op()
    except ReferenceError as e:
        print("ReferenceError:", e)
