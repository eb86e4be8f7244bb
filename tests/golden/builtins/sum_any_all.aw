print(sum([1, 2, 3]), sum([0.1] * 10), sum([[1], [2]], []), sum(range(101), 1000), sum([]))
print(any([]), all([]), any([0, None, '']), all([1, 'a', [0]]), any(x > 2 for x in range(5)), all(x < 3 for x in range(5)))
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print(type(e).__name__, e)
