# WeakValueDictionary drops entries whose values were collected
import gc
import weakref


class Obj:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"Obj({self.n})"


d = weakref.WeakValueDictionary()
keep = [Obj(i) for i in range(6)]
for o in keep:
    d[o.n] = o
print(len(d), sorted(d.keys()), d[3])
del keep[::2]
gc.collect()
print(len(d), sorted(d), sorted(v.n for v in d.values()))
print(2 in d, 1 in d, d.get(2), d.get(1))
try:
    d[0]
except KeyError as e:
    print("KeyError", e)
print(d.setdefault(1, Obj(99)), d.pop(1))
print(sorted(k for k, v in d.items()))
keep.clear()
gc.collect()
print(len(d), list(d.items()))
