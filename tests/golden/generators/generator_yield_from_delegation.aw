def inner():
    yield 'a'
    yield 'b'
    return 'inner-ret'
def outer():
    r = yield from inner()
    print('inner returned', r)
    yield from range(2)
    yield from 'xy'
print(list(outer()))
