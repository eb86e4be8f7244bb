from itertools import compress, dropwhile, takewhile, filterfalse, starmap, tee, zip_longest, pairwise
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a'])))
print(list(starmap(pow, [(2, 5), (3, 2)])), list(pairwise('ABCD')), list(pairwise('A')))
a, b = tee([1, 2, 3])
print(list(a), list(b))
x, y, z = tee(iter('ab'), 3)
print(next(x), list(y), list(x), list(z))
print(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest()))
try:
    tee('a', -1)
except ValueError as e:
    print(e)
