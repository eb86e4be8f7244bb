# callbacks of references to one object run newest first, once each
import gc
import weakref


class C:
    pass


log = []
c = C()
refs = [weakref.ref(c, lambda r, i=i: log.append(i)) for i in range(4)]
del c
gc.collect()
gc.collect()
print(log)
print([r() for r in refs])
