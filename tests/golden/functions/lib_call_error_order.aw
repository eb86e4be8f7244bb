# which TypeError a bad call reports first: keyword problems before positional counts
def f0(): pass
def f1(a): pass
def f2(a, b=1, *, c): pass
def f3(a, /, b): pass
def f4(a, **kw): pass

cases = [
    (f0, (1,), {'x': 1}),
    (f1, (1, 2), {'a': 3}),
    (f1, (1, 2), {'z': 3}),
    (f2, (1, 2, 3), {'c': 1}),
    (f2, (1, 2, 3, 4), {}),
    (f2, (1, 2, 3), {'d': 1}),
    (f3, (1, 2, 3), {'a': 1}),
    (f4, (1, 2), {'k': 1}),
    (f4, (1,), {'a': 2}),
    (lambda: 0, (1,), {'x': 1}),
    (f2, (), {'c': 1}),
]
for fn, args, kwargs in cases:
    try:
        fn(*args, **kwargs)
        print('ok')
    except TypeError as e:
        print(e)


class C:
    def m(self, a): pass

try:
    C().m(1, 2, q=3)
except TypeError as e:
    print(e)
try:
    C().m(1, 2)
except TypeError as e:
    print(e)
