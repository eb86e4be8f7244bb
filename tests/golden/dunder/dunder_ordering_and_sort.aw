class Ver:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split('.'))
        self.s = s
    def __lt__(self, o):
        return self.parts < o.parts
    def __le__(self, o):
        return self.parts <= o.parts
    def __gt__(self, o):
        return self.parts > o.parts
    def __ge__(self, o):
        return self.parts >= o.parts
    def __repr__(self):
        return self.s
vs = [Ver('1.10'), Ver('1.2'), Ver('0.9.1')]
print(sorted(vs), max(vs), min(vs), vs[0] > vs[1], vs[0] <= vs[1], vs[2] >= vs[2])
