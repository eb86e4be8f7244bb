class E(Exception):
    def __repr__(self): return "E-repr"
e = E("msg", 2)
print(str(e), repr(e), f"{e}")
class P:
    def __repr__(self): return "P-repr"
print(str(P()), f"{P()}")
class L(list):
    def __repr__(self): return "L-repr"
print(str(L([1])))
class S(str):
    def __repr__(self): return "S-repr"
print(str(S("abc")), S("x"))
class I(int):
    def __repr__(self): return "I-repr"
print(str(I(5)), I(5))
class F(float):
    def __repr__(self): return "F-repr"
print(str(F(1.5)))
class E2(E):
    def __str__(self): return "E2-str"
class E3(E2):
    def __repr__(self): return "E3-repr"
print(str(E3()), repr(E3()))
