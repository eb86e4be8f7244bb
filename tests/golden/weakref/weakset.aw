# WeakSet: set operations on weakly held members
import gc
import weakref


class M:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"M({self.n})"


ms = [M(i) for i in range(5)]
s = weakref.WeakSet(ms[:3])
t = weakref.WeakSet(ms[2:])
print(len(s), len(t), ms[0] in s, ms[4] in s)
print(sorted(m.n for m in s | t), sorted(m.n for m in s & t), sorted(m.n for m in s - t))
s.add(ms[4])
s.discard(ms[0])
print(sorted(m.n for m in s))
del ms[2:4]
gc.collect()
print(sorted(m.n for m in s), sorted(m.n for m in t), len(t))
print(M(7) in s, s.issubset(weakref.WeakSet(ms)))
