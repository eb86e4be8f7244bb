def f(*, a, b=1, **k): pass
def g(a, /, b, *, c): pass
lambda a, /, b=1, *c, d, **e: 0
