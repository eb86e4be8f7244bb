# A global load specialised for a module global or a builtin sees the name rebound, shadowed
# by a new global and deleted again.
def use_len(s):
    return len(s)

def use_g():
    return G

G = 1
print(use_len("abc"), use_g())
G = 2
print(use_g())
def len(s):
    return "my len"
print(use_len("abc"))
del len
print(use_len("abc"))
import builtins
builtins.len = lambda s: "patched builtin"
print(use_len("abc"))
del G
try:
    use_g()
except NameError as e:
    print(e)
globals()["G"] = "via globals()"
print(use_g())
