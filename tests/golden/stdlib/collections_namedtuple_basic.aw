from collections import namedtuple
Point = namedtuple('Point', ['x', 'y'])
p = Point(1, y=2)
print(p, p.x, p.y, p[0], p._asdict(), p._replace(x=5), Point._make([3, 4]), Point._fields)
x, y = p
print(x + y, isinstance(p, tuple), len(p), p == (1, 2), hash(p) == hash((1, 2)))
P3 = namedtuple('P3', 'a b c', defaults=[0, 9])
print(P3(1), P3(1, 2), P3._field_defaults, P3.__name__, P3.__doc__)
print(namedtuple('R', 'a _b class', rename=True)._fields)
class Emp(namedtuple('Emp', 'name age')):
    def greet(self):
        return 'hi ' + self.name
print(Emp('bob', 3).greet(), Emp('bob', 3))
print(sorted([Point(2, 1), Point(1, 2)]))
