# _operator and _collections name the objects of operator and collections; a bounded deque
# repeated keeps only its last maxlen items (without building the whole repetition); a
# partial's __dict__ cannot be deleted.
import _collections
import _operator
import collections
import operator
from functools import partial

print(_operator.itemgetter(1)("abc"), _operator.add(2, 3), _operator.attrgetter("real")(4))
print(_operator._compare_digest("abc", "abc"), _operator._compare_digest(b"ab", b"abc"))
print(_operator.itemgetter is operator.itemgetter, hasattr(_operator, "countOf"))
print(_collections.deque is collections.deque, _collections.defaultdict is collections.defaultdict)
counts = collections.OrderedDict()
_collections._count_elements(counts, "banana")
print(counts)

print(collections.deque([1], maxlen=3) * 2**62)
print(collections.deque([1, 2, 3], maxlen=4) * 3, 2 * collections.deque("ab", maxlen=0))
d = collections.deque("xyz", maxlen=5)
d *= 7
print(d)
d = collections.deque("xyz", maxlen=7)
d *= 2
print(d, collections.deque("abc") * 2, collections.deque("abc", 2) * -1)

p = partial(print, "x")
p.note = 1
try:
    del p.__dict__
except TypeError as e:
    print("TypeError:", e, p.__dict__)
del p.note
print(p.__dict__)
