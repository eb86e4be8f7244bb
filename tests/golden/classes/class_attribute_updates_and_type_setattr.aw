class A:
    def __init__(self, v): self.v = v
a = A(1)
A.__add__ = lambda self, o: A(self.v + o)
A.__repr__ = lambda self: f"A({self.v})"
A.__len__ = lambda self: 3
A.__eq__ = lambda self, o: isinstance(o, A) and o.v == self.v
A.__hash__ = lambda self: hash(self.v)
A.__iter__ = lambda self: iter([self.v])
A.__getitem__ = lambda self, k: k
A.__call__ = lambda self, *x: x
A.__bool__ = lambda self: False
A.__lt__ = lambda self, o: self.v < o.v
print(a + 1, len(a), a == A(1), {a: 1}[A(1)], list(a), a[5], a(1, 2), bool(a), sorted([A(3), A(1)]))
del A.__repr__
print(repr(a)[:10])
class B(A): pass
print(type(B(2) + 3).__name__, (B(2) + 3).v, len(B(0)))
A.__add__ = lambda self, o: "replaced"
print(B(2) + 3)
def g(self): return "g"
A.method = g
print(a.method(), B(1).method())
class Desc:
    def __set_name__(self, owner, name): print("set_name", name)
    def __get__(self, o, t): return 1
A.d = Desc()
print(a.d)
class C:
    x = 1
c = C()
C.x = 2
print(c.x)
c.__dict__["x"] = 3
print(c.x, C.x)
del C.x
print(c.x)
try: del C.x
except AttributeError as e: print(e)
setattr(C, "y", property(lambda self: "prop"))
print(c.y)
type.__setattr__(C, "z", 9)
print(C.z)
try: int.x = 1
except TypeError as e: print(e)
try: setattr(list, "append", None)
except TypeError as e: print(e)
try: object.__setattr__(C, 'q', 1)
except TypeError as e: print(e)
class Meta(type):
    def __setattr__(cls, name, value):
        print("Meta.__setattr__", name)
        super().__setattr__(name, value.upper() if isinstance(value, str) else value)
    def __delattr__(cls, name):
        print("Meta.__delattr__", name)
        super().__delattr__(name)
    def __getattribute__(cls, name):
        if name == "magic":
            return 42
        return type.__getattribute__(cls, name)
class WithMeta(metaclass=Meta):
    pass
WithMeta.label = "abc"
print(WithMeta.label, WithMeta.magic)
del WithMeta.label
print(hasattr(WithMeta, "label"))
try:
    type.__setattr__(5, "x", 1)
except TypeError as e:
    print(e)
