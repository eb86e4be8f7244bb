s = {1, 2}
s.add(3)
s.add(2)
s.discard(10)
s.discard(1)
print(s)
s.remove(2)
print(s, s.union([5, 4]), s.intersection({3, 8}), {1, 2, 3}.difference([2]), {1, 2}.symmetric_difference({2, 3}))
print({1, 2}.issubset({1, 2, 3}), {1, 2, 3}.issuperset([1]), {1}.isdisjoint({2}), s.copy())
try:
    s.remove(99)
except KeyError as e:
    print(type(e).__name__, e)
print(s.pop(), s)
