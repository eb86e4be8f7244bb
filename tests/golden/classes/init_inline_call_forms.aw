# Calling a class runs __init__ on a fresh instance (the VM does it without recursing in C):
# every form must behave as in CPython.
import abc

class P:
    def __init__(self, x, y=2, *rest, z=3, **kw):
        self.x, self.y, self.rest, self.z, self.kw = x, y, rest, z, kw
    def __repr__(self):
        return f"P({self.x}, {self.y}, {self.rest}, {self.z}, {self.kw})"

print(P(1), P(1, 5, 6, 7, z=0, w=9), P(y=4, x=0), P(*[1, 2, 3], **{"z": 8}))
for args, kw in [((), {}), ((1,), {"x": 2}), ((1,), {"q": 1, "z": 2, "y": 3})]:
    try:
        print(P(*args, **kw))
    except TypeError as e:
        print("TypeError:", e)

class Bad:
    def __init__(self):
        return 42
try:
    Bad()
except TypeError as e:
    print("TypeError:", e)

class Raises:
    def __init__(self, n):
        if n > 2:
            raise ValueError(f"too big: {n}")
        self.n = n
try:
    Raises(5)
except ValueError as e:
    print("ValueError:", e, e.__traceback__.tb_next.tb_frame.f_code.co_name)
print(Raises(1).n)

class Base:
    def __init__(self, a):
        self.a = a
class Child(Base):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
c = Child(1, 2)
print(c.a, c.b, type(c).__name__)

class WithNew:
    def __new__(cls, *args):
        print("new", args)
        return super().__new__(cls)
    def __init__(self, v):
        print("init", v)
WithNew(3)

class Meta(type):
    def __call__(cls, *args):
        print("meta call", args)
        return super().__call__(*args)
class M(metaclass=Meta):
    def __init__(self, v):
        self.v = v
print(M(7).v)

class Gen:
    def __init__(self):
        yield 1
try:
    Gen()
except TypeError as e:
    print("TypeError:", e)

class Abstract(abc.ABC):
    @abc.abstractmethod
    def run(self): ...
    def __init__(self):
        print("never")
try:
    Abstract()
except TypeError as e:
    print("TypeError:", e)

class Swap:
    def __init__(self, v):
        self.v = v
s1 = Swap(1)
def new_init(self, v):
    self.v = v * 100
Swap.__init__ = new_init
print(s1.v, Swap(2).v)
del Swap.__init__
try:
    Swap(3)
except TypeError as e:
    print("TypeError:", e)
print(type(Swap()).__name__)

class L(list):
    def __init__(self, *items):
        super().__init__(items)
print(L(1, 2, 3), len(L()))

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self, a):
        self.a = a
sl = Slotted(5)
print(sl.a, hasattr(sl, "b"))

class Deep:
    def __init__(self, n):
        self.child = Deep(n - 1) if n else None
d = Deep(50)
depth = 0
while d.child:
    d, depth = d.child, depth + 1
print(depth)

class SelfSwap:
    def __init__(self):
        self = None
print(type(SelfSwap()).__name__)
class Kw:
    def __init__(self, *, key):
        self.key = key
print(Kw(key=1).key)
try:
    Kw(1)
except TypeError as e:
    print("TypeError:", e)
