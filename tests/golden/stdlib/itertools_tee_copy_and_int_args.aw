# itertools.tee gives copyable _tee iterators (tee of a tee copies it), and the r/repeat/n
# arguments take ints (or __index__ objects) with CPython's TypeErrors otherwise.
import copy
import itertools

a, b = itertools.tee([1, 2, 3, 4])
print(type(a).__name__, type(a).__module__, iter(a) is a)
print(next(a), next(a))
c = a.__copy__()
d = copy.copy(b)
print(list(a), list(c), list(b), list(d))

x, y = itertools.tee(iter("abc"))
first, second = itertools.tee(x)
print(first is x, list(first), list(second), list(y))
print(itertools.tee([1], 0), len(itertools.tee(range(3), 3)))


class Three:
    def __index__(self):
        return 3


print(len(itertools.tee("xy", Three())))
print(list(itertools.combinations("abcd", Three())))
print(list(itertools.product("ab", repeat=Three()))[:3])
print(list(itertools.combinations_with_replacement("ab", True)))
calls = [
    lambda: itertools.permutations([1, 2], 1.5),
    lambda: itertools.permutations([1, 2], "2"),
    lambda: itertools.permutations([1, 2], Three()),
    lambda: itertools.combinations([1, 2], None),
    lambda: itertools.combinations(5, 1.0),
    lambda: itertools.combinations_with_replacement([1], "x"),
    lambda: itertools.product([1], repeat=None),
    lambda: itertools.product([1], repeat=2.0),
    lambda: itertools.tee([], 1.5),
    lambda: itertools.tee([], -1),
    lambda: itertools.combinations([1], -1),
]
for call in calls:
    try:
        print(list(call()))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

t = itertools.tee(iter([]))[0]
print(list(t), list(t))
