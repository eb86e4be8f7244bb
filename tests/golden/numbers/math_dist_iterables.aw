# math.dist accepts any iterables of coordinates, not only tuples and lists.
import math

print(math.dist(iter([1.0, 2.0, 3.0]), iter([4.0, 2.0, -1.0])))
print(math.dist((0, 0), [3, 4]), math.dist(range(3), (x for x in (1, 1, 1))))
print(math.dist({1: 'a', 2: 'b'}, {4, 6}))
for p, q in ((5, [1]), ([1], 5), ([1, 2], iter([1]))):
    try:
        math.dist(p, q)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
