from dataclasses import dataclass
@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1, 2)
print(p, Point(3), p == Point(1, 2), p != Point(2, 2), Point.__match_args__)
try:
    Point()
except TypeError as e:
    print(e)
print(Point.__hash__)
p.x = 10
print(p)
