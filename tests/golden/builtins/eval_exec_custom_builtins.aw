def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: eval("len([])", {"__builtins__": {}}))
t(lambda: eval("len([1, 2])", {"__builtins__": {"len": len}}))
t(lambda: eval("abs(-1)", {"__builtins__": {"len": len}}))
safe = {"__builtins__": {"min": min, "max": max}}
t(lambda: eval("max(1, 2) + min(3, 4)", safe))
t(lambda: eval("open", safe))
g = {"__builtins__": {"print": lambda *a: None, "range": range}}
exec("def f():\n    return [i for i in range(3)]\nr = f()", g)
print(g["r"])
t(lambda: exec("x = len('abc')", {"__builtins__": {}}))
import builtins
print(eval("len('ab')", {"__builtins__": builtins}), eval("len('abc')", {}), eval("len('a')"))
for i in range(3):
    print(eval("len('xy') + i", {"i": i}))
