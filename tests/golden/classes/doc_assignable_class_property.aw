import collections
P = collections.namedtuple('P', 'x y')
P.__doc__ = 'a point'
P.x.__doc__ = 'the x'
print(P.__doc__, P.x.__doc__, P(1, 2))
class C: 'orig'
C.__doc__ = 'new'; print(C.__doc__, C().__doc__)
for f in [lambda: setattr(int, '__doc__', 'x'), lambda: delattr(C, '__doc__')]:
    try: f()
    except TypeError as e: print(e)
p = property(lambda s: 1, doc='d'); p.__doc__ = 'e'; print(p.__doc__); del p.__doc__; print(p.__doc__)
