# weakref.ref: calling, sharing, callbacks, clearing at collection
import gc
import weakref


class C:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"C({self.n})"


c = C(1)
r = weakref.ref(c)
print(r() is c, r.__callback__)
print(weakref.ref(c) is r, weakref.ref(c, None) is r)
print(type(r), type(r).__name__, type(r).__module__)
print(weakref.ReferenceType is weakref.ref, isinstance(r, weakref.ref))


def cb(ref):
    print("callback:", ref is r2, ref())


r2 = weakref.ref(c, cb)
print(r2 is not r, r2.__callback__ is cb)
print(weakref.getweakrefcount(c), len(weakref.getweakrefs(c)))
del c
gc.collect()
print(r(), r2(), r2.__callback__)
print(weakref.getweakrefcount(r))
