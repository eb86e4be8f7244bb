# Frame objects: sys._getframe() and tracebacks' tb_frame (read where a snapshot and CPython's
# live frames agree: at once, or for frames that have finished).
import sys

def where():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno

def caller():
    return where()

print(caller())
print(where())

def chain():
    names = []
    f = sys._getframe()
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names

def a():
    return b()

def b():
    return chain()

print(a())

def snapshot(x, y=2, *rest, **kw):
    z = x + y
    def inner():
        return z
    return sys._getframe().f_locals

print({k: v for k, v in snapshot(1, 5, 7, k=3).items() if k != "inner"})
print(sorted(snapshot(0)))

print(sys._getframe().f_locals is globals(), sys._getframe().f_globals is globals())
print(type(sys._getframe()).__name__, repr(sys._getframe()).startswith("<frame at 0x"))
print(sys._getframe().f_builtins is __builtins__.__dict__ if hasattr(__builtins__, "__dict__") else True)

for depth in (50, 1000):
    try:
        sys._getframe(depth)
    except ValueError as e:
        print("ValueError:", e)

class Body:
    first = 1
    seen = sorted(sys._getframe().f_locals)
print(Body.seen)

def fails(n):
    total = n * 2
    label = "inner"
    raise KeyError(label)

def middle():
    here = "middle"
    return fails(21)

try:
    middle()
except KeyError as e:
    tb = e.__traceback__
    frames = []
    while tb is not None:
        frames.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        last = tb
        tb = tb.tb_next
    print(frames[1:])
    print(last.tb_frame.f_locals)
    print(last.tb_frame.f_lineno == last.tb_lineno, last.tb_frame.f_globals is globals())
    print(sys.exc_info()[2].tb_next.tb_frame.f_locals)
