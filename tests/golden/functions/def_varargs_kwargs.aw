def f(a, *args, b=2, **kwargs):
    return a, args, b, kwargs
print(f(1))
print(f(1, 2, 3))
print(f(1, 2, b=5, c=6, d=7))
print(f(*[1, 2], **{'b': 3, 'z': 0}))
