d = {'a': 1, 'b': 2, 'c': 3}
print(d.pop('a'), d.pop('zz', 'dflt'), d.popitem(), d)
try:
    d.pop('zz')
except KeyError as e:
    print(type(e).__name__, e)
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
