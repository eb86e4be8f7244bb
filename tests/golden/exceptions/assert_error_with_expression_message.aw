def check(x):
    assert x > 0, f'x must be positive, got {x}'
    return x
try:
    check(-3)
except AssertionError as e:
    print(type(e).__name__, e)
