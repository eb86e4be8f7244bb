from functools import reduce
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, [], 1), reduce(max, [3, 9, 2]))
print(reduce(lambda acc, x: acc + [x * 2], range(4), []))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print(e)
