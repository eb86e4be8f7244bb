# copy.copy and copy.deepcopy carry the values of __slots__ (set ones only), beside __dict__.
import copy


class Point:
    __slots__ = ("x", "y", "tags")

    def __init__(self, x, y):
        self.x, self.y = x, y
        self.tags = ["a"]


class Labeled(Point):
    def __init__(self, x, y, label):
        super().__init__(x, y)
        self.label = label     # in the subclass's __dict__


p = Point(1, 2)
shallow, deep = copy.copy(p), copy.deepcopy(p)
print(shallow.x, shallow.y, shallow.tags is p.tags, deep.tags == p.tags, deep.tags is p.tags)
half = Point.__new__(Point)
half.x = 5
h2 = copy.copy(half)
print(h2.x, hasattr(h2, "y"))
q = copy.deepcopy(Labeled(3, 4, "corner"))
print(q.x, q.y, q.label, q.tags, type(q).__name__)
