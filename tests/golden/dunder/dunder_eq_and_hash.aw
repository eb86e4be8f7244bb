class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return isinstance(o, P) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
a, b = P(1, 2), P(1, 2)
print(a == b, a != b, a is b, len({a, b}), {a: 'v'}[b], a == 5)
