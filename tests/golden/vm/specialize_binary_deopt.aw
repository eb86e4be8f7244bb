# One arithmetic site sees small ints, then floats, big ints, strs, lists and a user class:
# the specialised forms must give way to the generic operation each time.
class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, o):
        return V(self.x + (o.x if isinstance(o, V) else o))
    def __sub__(self, o):
        return V(self.x - o)
    def __mul__(self, o):
        return V(self.x * o)
    def __mod__(self, o):
        return V(self.x % o)
    def __truediv__(self, o):
        return V(self.x / o)
    def __repr__(self):
        return f"V({self.x})"

def add(a, b): return a + b
def sub(a, b): return a - b
def mul(a, b): return a * b
def mod(a, b): return a % b
def div(a, b): return a / b
def pw(a, b): return a ** b
def iadd(a, b):
    a += b
    return a

big = 2 ** 47
inputs = [(3, 4), (big, big), (-big, -big - 5), (1.5, 2.25), (3, 0.5), (2.5, 7), (2 ** 70, 1),
          ("ab", "cd"), ([1], [2]), (V(2), 5), (7, -3), (-7, 3), (0x1000000, 0x1000000),
          (1e308, 1e308), (float("inf"), float("inf")), (True, True), (3, 4)]
for f in (add, sub, mul, mod, div, iadd):
    out = []
    for a, b in inputs:
        try:
            out.append(repr(f(a, b)))
        except Exception as e:
            out.append(type(e).__name__ + ": " + str(e))
    print(f.__name__, out)
print([pw(a, b) for a, b in [(2, 10), (2.0, 0.5), (2, -1), (9.0, 0.5)]])
for b in (0.5, 2.0, -1.5, 0.0, 1e10):
    for a in (2.0, 1e-300, 1e300, 0.0, -2.0 if b == int(b) else 3.0):
        try:
            print(a, "**", b, "=", a ** b)
        except Exception as e:
            print(a, "**", b, type(e).__name__, e)
