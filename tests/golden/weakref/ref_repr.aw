# the repr of live and dead references, with the referent's __name__ when it has one
import gc
import re
import weakref


def addr(s):
    return re.sub(r"0x[0-9a-f]+", "0x...", s)


class C:
    pass


def func():
    pass


c = C()
r = weakref.ref(c)
print(addr(repr(r)))
print(addr(repr(weakref.ref(func))))
print(addr(repr(weakref.ref(C))))
print(addr(str(weakref.proxy(c))))
print(addr(repr(weakref.proxy(c))))
del c
gc.collect()
print(addr(repr(r)))
