# help() on user classes: methods, properties, class and static methods, class attributes,
# inheritance (method resolution order, inherited sections), data descriptors, exceptions.
import pydoc


class Shape:
    """A shape with a name."""
    sides = 0
    registry = {'a': 1}

    def __init__(self, name):
        self.name = name

    def describe(self, verbose: bool = False) -> str:
        """Describe the shape."""
        return self.name

    # A comment that documents area.
    def area(self):
        return 0

    @property
    def label(self):
        """The label."""
        return self.name.upper()

    @property
    def size(self):
        return 1

    @size.setter
    def size(self, v):
        pass

    @classmethod
    def make(cls, *names):
        """Make shapes."""
        return [cls(n) for n in names]

    @staticmethod
    def helper(a, b=3):
        """Static helper."""

    def __repr__(self):
        return 'Shape(%r)' % self.name


class Square(Shape):
    """Four sides."""
    sides = 4
    __slots__ = ('w',)

    def area(self):
        """Area of the square."""
        return self.w * self.w


class Point:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x, self.y = x, y


class Empty:
    pass


help(Shape)
help(Square)
help(Point)
help(Empty)
help(Shape.describe)
help(Shape('s').describe)
help(Shape.make)
help(Shape('s'))
print(repr(pydoc.getdoc(Shape.area)))
print(repr(pydoc.getdoc(Square)), repr(pydoc.getdoc(Empty)))
print(pydoc.render_doc(Square.area, renderer=pydoc.plaintext))
print(pydoc.describe(Shape), '|', pydoc.describe(Shape('s')), '|', pydoc.describe(Shape.helper))


class Meta(type):
    """A metaclass."""


class WithMeta(metaclass=Meta):
    """Uses Meta."""


help(WithMeta)
print(repr(pydoc._getowndoc(WithMeta)), repr(object.__getattribute__(WithMeta, '__doc__')))
