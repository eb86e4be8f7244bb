def f(a, *, key, flag=False):
    return a, key, flag
print(f(1, key='k'))
try:
    f(1, 'k')
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1)
except TypeError as e:
    print(type(e).__name__, e)
