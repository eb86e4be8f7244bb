class OD(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, k, v):
        self.order.append(k)
        super().__setitem__(k, v)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, bases, kw)
        return OD()
    def __new__(mcls, name, bases, ns, **kw):
        print(type(ns).__name__, ns.order)
        return super().__new__(mcls, name, bases, dict(ns))
class A(metaclass=Meta, k=1):
    x = 1
    def f(self): pass
    y = x + 1
print(A.y)
class AutoDict(dict):
    def __missing__(self, k):
        if k.startswith('__'): raise KeyError(k)
        return k.upper()
class M2(type):
    def __prepare__(name, bases): return AutoDict()
class B(metaclass=M2):
    z = foo
print(B.z)
print(type.__prepare__('x', ()))
class M3(type): pass
class M4(type): pass
class C3(metaclass=M3): pass
class C4(metaclass=M4): pass
try:
    class X(C3, C4): pass
except TypeError as e: print(e)
class M5(M3): pass
class C5(C3, metaclass=type): pass
print(type(C5))
class Bad(type):
    @classmethod
    def __prepare__(m, *a): return 5
try:
    class Z(metaclass=Bad): pass
except TypeError as e: print(e)
def fmeta(name, bases, ns):
    return name + "!"
class W(metaclass=fmeta): pass
print(W)
# a dict subclass namespace sees deletes and lookups of the class body
class Tracking(dict):
    def __delitem__(self, k):
        print("del", k)
        super().__delitem__(k)
class M6(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Tracking()
class T(metaclass=M6):
    tmp = 1
    del tmp
    print("tmp" in dir())
print(hasattr(T, "tmp"))
