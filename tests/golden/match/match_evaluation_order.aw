# CPython's order: == with the subject on the left, isinstance then every attribute of a class
# pattern before its sub-patterns, values looked up before they are matched.
class Loud:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        print(f"{self.name} == {other!r}")
        return other == 2
    __hash__ = None

match Loud("subject"):
    case 1:
        print("one")
    case 2:
        print("two")

class Props:
    __match_args__ = ("a", "b")
    @property
    def a(self):
        print("get a")
        return 1
    @property
    def b(self):
        print("get b")
        return 2
    @property
    def c(self):
        print("get c")
        return 3

match Props():
    case Props(0, b, c=c):
        print("no")
    case Props(1, b, c=c):
        print("matched", b, c)

class K:
    pass
K.one = 1
match [1, 2]:
    case [K.one, x]:
        print("dotted name", x)
