import copy
a = [1, [2, 3], {'k': [4]}]
b = copy.copy(a)
c = copy.deepcopy(a)
b[1].append(9)
print(a, c, b is a, b[1] is a[1], c[1] is a[1])
class P:
    def __init__(self, x):
        self.x = x
        self.items = [x]
    def __repr__(self):
        return f'P({self.x}, {self.items})'
p = P(1)
q = copy.copy(p)
r = copy.deepcopy(p)
p.items.append(2)
print(p, q, r, q.items is p.items, r.items is p.items)
print(copy.copy((1, 2)), copy.copy({1, 2}), copy.deepcopy(frozenset([1])), copy.deepcopy('s'))
