# sys.displayhook: what code compiled in 'single' mode (the REPL's) does with an expression value.
import builtins
import sys

g = {}
exec(compile("1 + 2\n", "<input>", "single"), g)
exec(compile("None\n", "<input>", "single"), g)
print(builtins._)
seen = []
sys.displayhook = seen.append
exec(compile("[1, 2]\n", "<input>", "single"), g)
exec(compile("for i in range(3):\n    i * i\n", "<input>", "single"), g)
sys.displayhook = sys.__displayhook__
print(seen)
exec(compile("'text'\n", "<input>", "single"), g)
print(builtins._)
sys.displayhook(None)
sys.displayhook(42)
print(builtins._)
try:
    sys.displayhook()
except TypeError as e:
    print("TypeError", e)
del sys.displayhook
try:
    exec(compile("5\n", "<input>", "single"), g)
except RuntimeError as e:
    print("RuntimeError", e)
