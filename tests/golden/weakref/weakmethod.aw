# WeakMethod keeps a bound method alive only while its object lives
import gc
import weakref


class C:
    def __init__(self, n):
        self.n = n

    def get(self):
        return self.n


c = C(5)
wm = weakref.WeakMethod(c.get)
print(wm()(), wm() == c.get, wm == weakref.WeakMethod(c.get))
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError:", e)
del c
gc.collect()
print(wm())
