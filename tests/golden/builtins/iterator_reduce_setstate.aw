# The list, reversed-list, tuple and str iterators have CPython's __reduce__ and __setstate__:
# copy and pickle continue from the same place; an exhausted iterator reduces to an empty one.
import copy
import pickle

for make in (lambda: iter([1, 2, 3]), lambda: reversed([1, 2, 3]), lambda: iter((1, 2, 3)), lambda: iter("aé😀b")):
    it = make()
    print(type(it).__name__, it.__reduce__()[1:])
    next(it)
    print(it.__reduce__()[1:])
    c = copy.copy(it)
    print(list(c), list(pickle.loads(pickle.dumps(it))))
    for state in (-5, 0, 2, 99):
        j = make()
        j.__setstate__(state)
        print(state, list(j))
    list(it)
    print(it.__reduce__()[1:])
    it.__setstate__(0)
    print(list(it))
it = iter("你好")
it.__setstate__(1)
print(it.__next__(), it.__reduce__()[2] if len(it.__reduce__()) > 2 else it.__reduce__())
for bad in ("x", None):
    try:
        iter([1]).__setstate__(bad)
    except TypeError as e:
        print("TypeError:", e)
