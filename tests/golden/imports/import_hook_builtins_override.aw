# Replacing builtins.__import__ redirects every import statement to the replacement,
# which receives the dotted name, the namespaces, the fromlist and the relative level.
import builtins

calls = []


class FakeModule:
    alpha = "A"
    beta = "B"
    path = "fake"
    sub = "S"


def tracing_import(name, globals=None, locals=None, fromlist=(), level=0):
    calls.append((name, fromlist, level, type(globals).__name__, type(locals).__name__))
    return FakeModule


saved = builtins.__import__
builtins.__import__ = tracing_import
try:
    import os
    import xml.dom.minidom
    import pkg.sub as renamed  # binds FakeModule.sub
    from spam import alpha
    from spam.eggs import alpha, beta
    from . import path
    from ..up import beta as b2

    def inside():
        import inner_mod
        return inner_mod

    got = inside()
finally:
    builtins.__import__ = saved

for c in calls:
    print(c)
print(os is FakeModule, xml is FakeModule, renamed, alpha, beta, path, b2, got.alpha)

# the original is back: a real import works again and __import__ itself still works
import math
print(math.sqrt(16.0), __import__("math") is math)
