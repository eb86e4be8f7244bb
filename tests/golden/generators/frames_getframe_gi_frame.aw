import sys
def f():
    x = 1
    fr = sys._getframe(); line = fr.f_lineno
    return fr.f_code.co_name, line, fr.f_locals['x'], fr.f_back.f_code.co_name, fr.f_globals is globals()
print(f())
def g(n):
    return sys._getframe(n).f_code.co_name
def h(n): return g(n)
print(h(0), h(1), h(2))
try: h(50)
except ValueError as e: print(e)
print(sys._getframe().f_code.co_name, sys._getframe().f_back)
def gen():
    a = 5
    yield a
    b = 6
    yield b
it = gen()
print(it.gi_frame.f_lineno, it.gi_frame.f_locals, it.gi_frame.f_code.co_name)
next(it)
print(it.gi_frame.f_lineno, it.gi_frame.f_locals)
next(it)
print(it.gi_frame.f_lineno, sorted(it.gi_frame.f_locals))
for _ in it: pass
print(it.gi_frame)
def caller_name():
    return sys._getframe(1).f_code.co_name
def important(): return caller_name()
print(important())
class K:
    fr = sys._getframe()
    print(fr.f_code.co_name, 'fr' in fr.f_locals, fr.f_back.f_code.co_name)
def count_depth():
    d, fr = 0, sys._getframe()
    while fr: d, fr = d + 1, fr.f_back
    return d
print(count_depth())
async def co(): pass
c = co(); print(c.cr_frame.f_code.co_name); c.close(); print(c.cr_frame)
print(type(sys._getframe()).__name__, sys._getframe().f_lasti >= 0, sys._getframe().f_builtins is __builtins__.__dict__)
print(sys._getframe(-5).f_code.co_name)
