class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, o):
        return V(self.x + (o.x if isinstance(o, V) else o))
    def __radd__(self, o):
        return V(o + self.x)
    def __sub__(self, o):
        return V(self.x - o.x)
    def __mul__(self, k):
        return V(self.x * k)
    def __rmul__(self, k):
        return V(k * self.x * 100)
    def __truediv__(self, k):
        return V(self.x / k)
    def __floordiv__(self, k):
        return V(self.x // k)
    def __mod__(self, k):
        return V(self.x % k)
    def __pow__(self, k):
        return V(self.x ** k)
    def __neg__(self):
        return V(-self.x)
    def __pos__(self):
        return V(+self.x)
    def __abs__(self):
        return V(abs(self.x))
    def __repr__(self):
        return f'V({self.x})'
a, b = V(3), V(5)
print(a + b, a + 1, 1 + a, b - a, a * 2, 2 * a, b / 2, b // 2, b % 2, a ** 2, -a, +a, abs(V(-4)))
print(sum([V(1), V(2)]))
