# Passing positional-only parameters by keyword names every such parameter given, in the
# order of the signature; with **kwargs they are collected instead.
def scale(x, y, /, factor=1, *, clamp=False):
    return (x * factor, y * factor)


class Grid:
    def cell(self, row, col, /):
        return row, col


def loose(a, /, **rest):
    return a, rest


for call in [lambda: scale(y=2, x=1), lambda: scale(1, y=2), lambda: scale(x=1, y=2, factor=3, clamp=True),
             lambda: Grid().cell(col=1, row=2), lambda: scale(1, 2, z=3), lambda: scale(1, 2, 3, 4)]:
    try:
        call()
    except TypeError as e:
        print(e)
print(loose(1, a=2), scale(1, 2, factor=3))
