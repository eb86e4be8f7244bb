# random: subclasses/instances overriding random() or getrandbits() are drawn through, sample() takes any
# collections.abc.Sequence, seed() takes a bytearray, __all__, and randrange's non-integer deprecations.
import random
class Fixed(random.Random):
    def random(self):
        return 0.25
class Bits(random.Random):
    def getrandbits(self, k):
        return 0
f = Fixed(1)
print(f.uniform(0, 8), f.choice('abcd'), f.randrange(10), f.randint(1, 4), f.triangular(), f.expovariate(2.0))
l = list(range(6)); f.shuffle(l); print(l, f.sample(range(10), 3), f.choices('xyz', k=4))
b = Bits(2)
print(b.randrange(10), b.choice('abc'), b.randbytes(3), b.uniform(0, 1) < 1)
g = random.Random(3)
seq = [i / 10 for i in range(1, 10)]
g.random = seq.pop
print(g.uniform(0, 10), g.expovariate(1.0), g.randrange(100) < 100)
del g.random
print(type(g.uniform(0, 1)).__name__)
called = set()
class S1(random.Random):
    def random(self):
        called.add('random'); return super().random()
    def getrandbits(self, n):
        called.add('getrandbits'); return super().getrandbits(n)
S1().randrange(42); print(sorted(called))
called.clear()
class S2(random.Random):
    def random(self):
        called.add('random'); return super().random()
S2().randrange(42); print(sorted(called))
r = random.Random(5); print(r.randrange(1000), r.uniform(1, 2), random.Random(5).gauss())
import collections, collections.abc
class Seq(collections.abc.Sequence):
    def __init__(self, items): self._items = items
    def __len__(self): return len(self._items)
    def __getitem__(self, i): return self._items[i]
r = random.Random(7)
print(r.sample(Seq([5, 6, 7, 8, 9]), 3), r.sample(collections.deque('abcdef'), 2), r.sample(bytearray(b'xyzw'), 2))
print(r.choice(Seq('pqr')), r.choice({0: 'zero', 1: 'one'}), r.choice(collections.deque([1, 2])))
for pop in ({1, 2, 3}, {'a': 1}, iter([1, 2])):
    try:
        r.sample(pop, 1)
    except TypeError as e:
        print(type(pop).__name__, e)
a = bytearray(b'1234'); r.seed(a); print(a, r.random())
r.seed(b'1234'); print(r.random())
print(sorted(random.__all__)[:5], len(random.__all__))
import warnings
warnings.simplefilter('always')
with warnings.catch_warnings(record=True) as w:
    print(r.randrange(10.0, 20, 2) in range(10, 20, 2))
    try:
        r.randrange(10.5)
    except ValueError as e:
        print(e)
print([str(x.message) for x in w])
from fractions import Fraction
with warnings.catch_warnings(record=True) as w:
    print(r.randrange(Fraction(6, 1)) < 6, r.randrange(0, 42, 3.0) % 3)
    for bad in ((Fraction(7, 2),), (0, '5'), (0, 10, 1.5), ('abc',)):
        try:
            r.randrange(*bad)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
print(len(w), sorted({str(x.message)[:30] for x in w}))
