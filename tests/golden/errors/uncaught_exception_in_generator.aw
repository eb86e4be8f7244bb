def g():
    yield 1
    raise ValueError('generator failed')
for v in g():
    print(v)
