import inspect


def one_liner(x): return x + 1

# a comment that is not part of the function above


def with_continuation(a, b,
                      c, d):
    total = (a +
             b)
    # inner comment
    return total + c + d

# line after


square = lambda n: (n *
                    n)

# Documentation comment for Shape
# (two lines)
class Shape:
    """A shape."""

    sides = 0

    def area(self):
        return 0


    def describe(self):  # trailing comment
        return "shape"


class Square(Shape):
    sides = 4


def deco(f):
    return f


@deco
def decorated():
    pass


print(inspect.getsource(one_liner), end='---\n')
print(inspect.getsource(with_continuation), end='---\n')
print(inspect.getsource(square), end='---\n')
print(inspect.getsource(Shape), end='---\n')
print(inspect.getsource(Shape.describe), end='---\n')
print(inspect.getsource(Square), end='---\n')
print(inspect.getsource(decorated), end='---\n')
lines, start = inspect.getsourcelines(Shape.area)
print(start, len(lines))
print(repr(inspect.getcomments(Shape)))
print(repr(inspect.getcomments(one_liner)))
src, lnum = inspect.findsource(Square)
print(lnum, src[lnum], end='')


def outer():
    class Inner:
        def method(self):
            return 1
    return Inner

print(inspect.getsource(outer()), end='---\n')
print(inspect.getsource(outer().method), end='---\n')
try:
    inspect.getsource(int)
except TypeError as e:
    print('TypeError', e)
