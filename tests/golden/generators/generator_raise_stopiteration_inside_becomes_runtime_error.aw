def g():
    yield 1
    raise StopIteration('oops')
try:
    list(g())
except RuntimeError as e:
    print(type(e).__name__, e)
