def f(*args, **kw):
    return args, kw
print(f(*'ab', *[1], 0, **{'x': 1}, y=2, **{'z': 3}))
