print((1, 2) < (1, 3), (1, 2) == (1, 2), (2,) > (1, 9), hash((1, 2)) == hash((1, 2)))
d = {(1, 2): 'pair'}
print(d[(1, 2)], d[1, 2])
try:
    hash(([1],))
except TypeError as e:
    print(type(e).__name__, e)
