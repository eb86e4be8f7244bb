# A StopIteration raised by the function a native iterator calls (map, filter) ends the
# iteration for every consumer, while next() passes that very exception on.
def tenfold(x):
    if x == 0:
        raise StopIteration("zero seen")
    return x * 10

print(list(map(tenfold, [1, 2, 0, 4])))
print([y for y in map(tenfold, [3, 0, 5])])
print(tuple(filter(tenfold, [1, 0, 2])))
print(sorted(map(tenfold, [2, 1, 0, 3])))
print(sum(map(tenfold, [1, 1, 0, 100])))
print(dict(zip("ab", map(tenfold, [1, 0, 2]))))
print("-".join(map(str, map(tenfold, [1, 2, 0]))))
for v in map(tenfold, [9, 0, 9]):
    print("loop", v)

it = map(tenfold, [1, 0, 2])
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("next raised", repr(e))
print(next(map(tenfold, [0]), "default"))
