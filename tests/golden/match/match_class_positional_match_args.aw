# Positional sub-patterns of a class pattern use __match_args__; keyword ones name attributes.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(0, y):
            return f"on the y axis at {y}"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Point(x=x, y=y) if x == y:
            return f"on the diagonal at {x}"
        case Point():
            return "somewhere else"
        case _:
            return "not a point"

for p in [Point(0, 0), Point(0, 3), Point(4, 0), Point(2, 2), Point(1, 2), (0, 0)]:
    print(where(p))

class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

match Point3(1, 2, 3):
    case Point(1, 2):
        print("a Point3 is a Point")
match Point3(1, 2, 3):
    case Point3(_, _, z):
        print("z is", z)
