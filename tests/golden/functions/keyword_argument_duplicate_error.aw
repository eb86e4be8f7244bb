def f(a, b):
    return a, b
try:
    f(1, a=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**{'a': 1, 'b': 2, 'c': 3})
except TypeError as e:
    print(type(e).__name__, e)
