class V:
    __slots__ = ("x", "__y")
    def __init__(self): self.__y = 2
v = V()
for f in (lambda: v.x, lambda: delattr(v, "x"), lambda: setattr(v, "z", 1), lambda: v.__dict__, lambda: vars(v)):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(V.x, V._V__y, V.__slots__, hasattr(v, "x"), v._V__y)
v.x = 5; print(v.x); del v.x; print(hasattr(v, "x"))
try: V.x.__get__(3)
except Exception as e: print(type(e).__name__, e)
class W(V): pass
w = W(); w.z = 3; print(w.z, w.__dict__)
class X(V):
    __slots__ = ("q", "__dict__")
x = X(); x.q = 1; x.other = 2; print(x.q, x.__dict__)
for bad in [("a", "a"), (1,), ("x y",)]:
    try:
        class B: __slots__ = bad
    except Exception as e: print(type(e).__name__, e)
try:
    class C:
        __slots__ = ("a",)
        a = 1
except Exception as e: print(type(e).__name__, e)
class D: __slots__ = "single"
d = D(); d.single = 1; print(d.single, D.__slots__)
class E: __slots__ = ()
try: E().a = 1
except Exception as e: print(type(e).__name__, e)
class F(dict): __slots__ = ("extra",)
f = F(a=1); f.extra = 2; print(f, f.extra)
try:
    class G(V, D): pass
except Exception as e: print(type(e).__name__, e)
