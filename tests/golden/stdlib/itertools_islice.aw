from itertools import islice
print(list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)), list(islice('ABCDEFG', 2, None)), list(islice('ABCDEFG', 0, None, 2)))
it = iter(range(10))
print(list(islice(it, 3)), next(it))
it = iter(range(10))
print(list(islice(it, 2, 4)), next(it))
print(list(islice(range(100), 10, 20, 3)), list(islice([], 5)))
for args in [(-1,), (0, 1, 0), ('a',), (1, -2)]:
    try:
        islice('abc', *args)
    except ValueError as e:
        print(e)
