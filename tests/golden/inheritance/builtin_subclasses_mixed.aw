def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
class Upper(str):
    def __new__(cls, v): return super().__new__(cls, v.upper())
    def shout(self): return self + "!"
u = Upper("abc"); print(u, repr(u), type(u).__name__, u.shout(), u.lower(), type(u.lower()).__name__, len(u), u == "ABC", hash(u) == hash("ABC"), {u: 1}["ABC"])
class Money(float):
    def __repr__(self): return f"${float(self):.2f}"
m = Money(3.5); print(m, repr(m), m + 1, type(m + 1).__name__, [m], f"{m}", str(m), int(m))
class Pos(int):
    def __new__(cls, v):
        if v < 0: raise ValueError("neg")
        return super().__new__(cls, v)
print(Pos(5) + 1, type(Pos(5) + 1).__name__, Pos(3) * 2, repr(Pos(7)), isinstance(Pos(1), int), Pos(2) == 2)
t(lambda: Pos(-1))
class T(tuple):
    def __new__(cls, a, b): return super().__new__(cls, (a, b))
    @property
    def a(self): return self[0]
tt = T(1, 2); print(tt, tt.a, len(tt), tt + (3,), type(tt + (3,)).__name__, tt == (1, 2))
class L(list):
    def __init__(self, *a):
        super().__init__(a)
    def total(self): return sum(self)
l = L(1, 2, 3); print(l, l.total(), l[1:], type(l[1:]).__name__, type(l + l).__name__, type(l * 2).__name__, l.copy(), type(l.copy()).__name__)
class D(dict):
    def __missing__(self, k): return k * 2
d = D(a=1); print(d["a"], d["bb"], d.get("zz"), "zz" in d, d, type(d.copy()).__name__)
class Attr(dict):
    __getattr__ = dict.__getitem__
    __setattr__ = dict.__setitem__
a = Attr(x=1); a.y = 2; print(a.x, a.y, a)
t(lambda: a.missing)
class S(set):
    pass
s = S([1, 2]); print(s, type(s | {3}).__name__, type(s.copy()).__name__, S())
class E(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
try: raise E(404, "nf")
except E as e: print(e, e.code, e.args, repr(e))
class B(bool if False else int): pass
print(B(3) + B(4))
t(lambda: type("X", (bool,), {}))
class Str2(str):
    def __str__(self): return "custom"
print(Str2("x"), str(Str2("x")), f"{Str2('x')}", "%s" % Str2("x"), Str2("x") + "y", "-".join([Str2("a"), "b"]))
class I2(int):
    def __str__(self): return "I2!"
    def __repr__(self): return "I2r"
print(I2(5), str(I2(5)), repr(I2(5)), f"{I2(5)}", "%d" % I2(5), "%s" % I2(5), [I2(1)], format(I2(5), "03d"))
