def inner():
    x = yield 'ready'
    while x is not None:
        x = yield x * 2
def outer():
    yield from inner()
g = outer()
print(next(g), g.send(5), g.send(21))
