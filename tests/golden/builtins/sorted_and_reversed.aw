print(sorted([3, 1, 2]), sorted('bca'), sorted({'b': 1, 'a': 2}), sorted([3, 1, 2], reverse=True), sorted(['bb', 'a', 'ccc'], key=len))
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(3))), list(reversed((1, 2))))
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
