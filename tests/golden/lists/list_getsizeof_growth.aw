# sys.getsizeof of a list follows CPython's allocation: appends over-allocate in steps,
# list(...) and extend(...) of a sized iterable reserve what it says (rounded up to even),
# and unused room is given back; sizes of ints, strs, bytes and tuples follow their layout.
import sys

growing = []
sizes = []
for i in range(33):
    growing.append(i)
    sizes.append(sys.getsizeof(growing))
print(sizes)
print(sys.getsizeof([]), sys.getsizeof(list(range(100))), sys.getsizeof([n for n in range(100)]))
print(sys.getsizeof(list("abc")), sys.getsizeof([1, 2, 3]), sys.getsizeof(list(x for x in "ab")))
extended = [0]
extended.extend(range(50))
print(sys.getsizeof(extended), sys.getsizeof(sorted([5, 3, 1])), sys.getsizeof([None] * 9))
print([sys.getsizeof(v) for v in (0, 1, -2**31, 2**64, 10**50, True, 2.5, 1j, None)])
print([sys.getsizeof(s) for s in ("", "abc", "é", "naïve", "€uro", "😀")])
print(sys.getsizeof(b""), sys.getsizeof(b"abc"), sys.getsizeof(()), sys.getsizeof((1, 2, 3)), sys.getsizeof(range(9)))
