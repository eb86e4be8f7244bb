# list, tuple, reversed-list and range iterators reduce to (iter or reversed, (sequence,), index)
# as CPython 3.11, so copy and pickle resume them; __setstate__ clamps the index
import copy, pickle
for r in (range(10), range(0, 10, 3), range(5, -5, -2), range(0), reversed(range(3)), reversed(range(1, 10, 4))):
    it = iter(r)
    print(it.__reduce__())
    next(it, None)
    print(it.__reduce__(), list(copy.copy(it)), list(pickle.loads(pickle.dumps(it))))
    list(it)
    print(it.__reduce__())
it = iter(range(10)); it.__setstate__(7); print(list(it))
it = iter(range(10)); it.__setstate__(-3); print(list(it)[:2])
it = iter(range(10)); it.__setstate__(99); print(list(it))
it = iter([1, 2, 3]); it.__setstate__(2); print(list(it))
it = reversed([1, 2, 3]); it.__setstate__(0); print(list(it))
it = reversed([1, 2, 3]); it.__setstate__(10); print(list(it))
it = iter((1, 2, 3)); it.__setstate__(-5); print(list(it))
for it in (iter([4, 5]), reversed([4, 5]), iter((4, 5))):
    next(it)
    print(it.__reduce__(), list(copy.copy(it)), list(pickle.loads(pickle.dumps(it))))
    list(it)
    print(it.__reduce__())
