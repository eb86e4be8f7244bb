class R:
    def __init__(self, n): self.n = n; print("open", n)
    def __del__(self): print("close", self.n)
r = R(1)
del r
print("after del")
def f():
    x = R(2)
    print("in f")
f()
print("after f")
r3 = R(3)
r3 = R(4)
print("end")
