f = frozenset([3, 1, 2])
print(f, len(f), 2 in f, f | {4}, f & {1, 9}, frozenset(), type(f | {4}).__name__)
d = {f: 'frozen key'}
print(d[frozenset({1, 2, 3})])
try:
    f.add(1)
except AttributeError as e:
    print(type(e).__name__, e)
