# namedtuple fields cannot be assigned or deleted; CPython's words for both
from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point(3, 4)
for action in ("set", "del", "setnew"):
    try:
        if action == "set":
            p.x = 10
        elif action == "del":
            del p.y
        else:
            p.z = 1
    except AttributeError as e:
        print(action, "->", e)
print(p, p.x + p.y, Point.x.__doc__)


class Named(Point):
    __slots__ = ()

    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5


n = Named(6, 8)
print(n.norm, n.x)
try:
    n.y = 0
except AttributeError as e:
    print("subclass ->", e)
