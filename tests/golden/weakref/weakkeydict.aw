# WeakKeyDictionary drops entries whose keys were collected
import gc
import weakref


class Key:
    def __init__(self, n):
        self.n = n


d = weakref.WeakKeyDictionary()
keys = [Key(i) for i in range(5)]
for k in keys:
    d[k] = k.n * 10
print(len(d), sorted(d.values()))
print(keys[0] in d, d[keys[1]], d.get(Key(9), "none"))
del keys[1:4]
gc.collect()
print(len(d), sorted(d.values()), sorted(k.n for k in d.keys()))
del d[keys[0]]
print(len(d))
keys.clear()
gc.collect()
print(len(d), [k.n for k in d])
