# The native helpers behind traceback/warnings and the abc/types C hooks given nonsense.
import _traceback
import types

for call in (lambda: _traceback.entries(5), lambda: _traceback.source_line(5, "x"),
             lambda: _traceback.source_line("nofile", 10**30), lambda: _traceback.stack(1),
             lambda: types.MethodType(1, 2), lambda: types.MethodType(len, None)):
    try:
        call()
    except TypeError:
        pass

class A:
    pass

A.__abstractmethods__ = frozenset({"f", 3})
try:
    A()
except TypeError:
    pass
A.__abstractmethods__ = 5
try:
    A()
except TypeError:
    pass
del A.__abstractmethods__
A()
issubclass(3, types.SimpleNamespace)
_traceback.format(None)
