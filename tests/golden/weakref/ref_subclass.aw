# subclasses of weakref.ref: extra attributes, __new__/__init__, __call__ overrides
import gc
import weakref


class C:
    pass


class NamedRef(weakref.ref):
    __slots__ = ("name",)

    def __new__(cls, ob, name, callback=None):
        self = weakref.ref.__new__(cls, ob, callback)
        self.name = name
        return self

    def __init__(self, ob, name, callback=None):
        super().__init__(ob, callback)


class LoudRef(weakref.ref):
    def __call__(self):
        obj = super().__call__()
        return ("alive", obj) if obj is not None else "dead"


c = C()
n = NamedRef(c, "first")
print(n.name, n() is c, isinstance(n, weakref.ref), type(n).__name__)
loud = LoudRef(c)
loud.extra = 1
print(loud()[0], loud.extra)
del c
gc.collect()
print(n(), loud())
