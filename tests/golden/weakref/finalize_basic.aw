# weakref.finalize: called once when the object is collected, or when called, or at exit
import gc
import weakref


class Res:
    pass


def report(*args, **kw):
    print("finalizer", args, kw)
    return "done"


a = Res()
fa = weakref.finalize(a, report, "a", key=1)
print(fa.alive, fa.peek()[2:])
del a
gc.collect()
print(fa.alive, fa(), fa.peek())
b = Res()
fb = weakref.finalize(b, report, "b")
print(fb(), fb(), fb.alive)
c = Res()
fc = weakref.finalize(c, report, "c")
print(fc.detach()[2:], fc.alive)
d = Res()
fd = weakref.finalize(d, report, "at exit")
print(fd.atexit)
e = Res()
fe = weakref.finalize(e, report, "not at exit")
fe.atexit = False
print("end of program")
