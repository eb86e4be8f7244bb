# Exceptions raised by user code during matching (__instancecheck__, __match_args__, get,
# __getattr__, __eq__, __len__) propagate; mutation during a match is safe.
class Meta(type):
    def __instancecheck__(cls, obj):
        raise RuntimeError("instancecheck")
class H(metaclass=Meta): pass
def t(f):
    try: f()
    except Exception as e: print(type(e).__name__, e)
def f1():
    match 1:
        case H(): pass
t(f1)
class MA:
    @property
    def __match_args__(self): raise ValueError("nope")
class MB:
    __match_args__ = property(lambda s: ("x",))
def f2():
    match MB():
        case MB(x): print("x", x)
t(f2)
class D(dict):
    def get(self, k, d=None):
        self.clear()
        return dict.get(self, k, d)
def f3():
    match D(a=1, b=2):
        case {"a": _, "b": _, **rest}: print("rest", rest)
        case _: print("no")
t(f3)
class G:
    def __getattr__(self, name):
        if name == "boom": raise KeyError(name)
        raise AttributeError(name)
def f4():
    match G():
        case G(boom=1): pass
t(f4)
def f5():
    match G():
        case G(other=1): print("no")
        case _: print("missing attribute is no match")
t(f5)
class BadEq:
    def __eq__(self, o): raise TypeError("bad eq")
def f6():
    match BadEq():
        case 1: pass
t(f6)
class BadLen(list):
    def __len__(self): raise OverflowError("len")
def f7():
    match BadLen([1]):
        case [x]: pass
t(f7)
class L(list):
    def __len__(self): return 5
def f8():
    match L([1, 2]):
        case [a, b, c, d, e]: print(a)
        case [a, *_, b]: print(a, b)
t(f8)
def f9():
    class T(tuple):
        __match_args__ = ("real",)
    match T((1,)):
        case T(r): print("r", r)
t(f9)
