# collections.abc: a class that defines the abstract methods gets the mixin methods.
from collections.abc import Sequence, MutableMapping, Set, Iterator, Sized

class Squares(Sequence):
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * i
    def __len__(self):
        return self.n

s = Squares(5)
print(list(s), 9 in s, 10 in s, s.index(16), s.count(4), list(reversed(s)))
print(isinstance(s, Sequence), len(s))

class LowerDict(MutableMapping):
    def __init__(self, *args, **kw):
        self._d = {}
        self.update(*args, **kw)
    def __getitem__(self, k):
        return self._d[k.lower()]
    def __setitem__(self, k, v):
        self._d[k.lower()] = v
    def __delitem__(self, k):
        del self._d[k.lower()]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)

d = LowerDict(A=1, b=2)
d["C"] = 3
print(sorted(d.items()), d.get("a"), d.get("z", 0), "B" in d, d.pop("a"), len(d))
print(d.setdefault("x", 9), list(d.keys()), list(d.values()), d == {"b": 2, "c": 3, "x": 9})
d.clear()
print(len(d))

class ListSet(Set):
    def __init__(self, it=()):
        self.items = []
        for x in it:
            if x not in self.items:
                self.items.append(x)
    def __contains__(self, x):
        return x in self.items
    def __iter__(self):
        return iter(self.items)
    def __len__(self):
        return len(self.items)

a, b = ListSet([1, 2, 3]), ListSet([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a <= ListSet([1, 2, 3, 5]), a.isdisjoint([7]))

class Countdown(Iterator):
    def __init__(self, n):
        self.n = n
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

print(list(Countdown(3)), iter(Countdown(1)).__class__.__name__)

for cls in (Sequence, Sized):
    try:
        cls()
    except TypeError as e:
        print(e)

class Half(Sequence):
    def __len__(self):
        return 0

try:
    Half()
except TypeError as e:
    print(e)
