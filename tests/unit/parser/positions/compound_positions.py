if x: f();
elif y:
    g()
else:
    h();
try:
    pass
except E as e:
    pass;
finally:
    q()
@d
class A(B):
    def f(self, a: int = 1, *b, c, **d) -> None: return a
