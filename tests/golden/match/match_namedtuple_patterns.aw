# namedtuples have __match_args__ (class patterns) and are tuples (sequence patterns).
from collections import namedtuple
from typing import NamedTuple

Point = namedtuple("Point", "x y")

class Pair(NamedTuple):
    left: int
    right: int = 0

print(Point.__match_args__, Pair.__match_args__)

for value in [Point(1, 2), Point(0, 5), Pair(3), Pair(4, 4), (7, 8)]:
    match value:
        case Point(0, y):
            print("Point on the y axis", y)
        case Point(x=x, y=y):
            print("Point", x, y)
        case Pair(l, r) if l == r:
            print("equal Pair", l)
        case Pair(left=l):
            print("Pair starting with", l)
        case (a, b):
            print("plain pair", a, b)

match Point(1, 2):
    case [x, y]:
        print("as a sequence", x, y)
match Point(1, 2):
    case tuple((x, y)):
        print("tuple self-match", x, y)
