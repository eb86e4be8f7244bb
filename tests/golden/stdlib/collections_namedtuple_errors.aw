from collections import namedtuple
Point = namedtuple('Point', 'x y')
for f in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, 2)._replace(z=1), lambda: Point._make([1]),
          lambda: namedtuple('Bad', ['x', 'x']), lambda: namedtuple('Bad', ['class']), lambda: namedtuple('Bad', ['_x']),
          lambda: namedtuple('1Bad', ['x']), lambda: namedtuple('Bad', 'a b', defaults=[1, 2, 3])]:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
