# A dunder set on a class after its subclasses exist reaches them; C.__bases__ = (...) gives C
# and every class below it a new MRO whose dunders their operators then use.
class Base:
    pass

class Child(Base):
    pass

class Grandchild(Child):
    pass

g = Grandchild()
Base.__call__ = lambda self: "called"
Base.__len__ = lambda self: 7
Child.__add__ = lambda self, other: "added " + str(other)
print(g(), len(g), g + 1, bool(g))
del Base.__len__
print(bool(g))
try:
    len(g)
except TypeError as e:
    print(e)

class Adds:
    def __add__(self, other):
        return "Adds"
    def __iter__(self):
        return iter("xyz")

class Plain:
    pass

class Middle(Plain):
    pass

class Leaf(Middle):
    pass

leaf = Leaf()
print(Leaf.__mro__)
Middle.__bases__ = (Adds,)
print(Middle.__bases__, Leaf.__mro__)
print(leaf + 1, list(leaf), isinstance(leaf, Adds), isinstance(leaf, Plain))
Middle.__bases__ = (Plain,)
print(Leaf.__mro__, isinstance(leaf, Adds))
try:
    leaf + 1
except TypeError as e:
    print(e)

for bad in ((), [Plain], (Leaf,), (int,), (Plain, Plain)):
    try:
        Middle.__bases__ = bad
    except TypeError as e:
        print(type(e).__name__, e)
try:
    int.__bases__ = (object,)
except TypeError as e:
    print(e)
print(Middle.__bases__, Leaf.__mro__)

class Root:
    pass

class Other:
    pass

try:
    Root.__bases__ = (Other,)
except TypeError as e:
    print(e)
try:
    class Twice(Root, Root):
        pass
except TypeError as e:
    print(e)

class Err(Exception):
    pass

Err.__bases__ = (ValueError,)
print(Err.__mro__, isinstance(Err(), ValueError))
