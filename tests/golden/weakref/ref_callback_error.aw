# an exception in a callback is reported as unraisable and the program goes on
import gc
import weakref


class C:
    pass


def bad(ref):
    print("bad callback runs")
    raise ValueError("oops")


c = C()
r = weakref.ref(c, bad)
del c
gc.collect()
print("still running")
