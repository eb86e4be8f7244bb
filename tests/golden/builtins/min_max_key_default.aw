print(min(3, 1, 2), max([1, 5, 3]), min('abc'), max(['aa', 'b', 'ccc'], key=len), min([], default='empty'), max((x for x in []), default=None))
print(min([(2, 'b'), (1, 'z'), (1, 'a')]), max({'a': 3, 'b': 1}, key=lambda k: {'a': 3, 'b': 1}[k]))
try:
    min([])
except ValueError as e:
    print(type(e).__name__, e)
try:
    max()
except TypeError as e:
    print(type(e).__name__, e)
