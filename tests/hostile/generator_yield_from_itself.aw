def g():
    yield from me
me = g()
next(me)
