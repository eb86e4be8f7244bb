# A replaced builtins.__import__ sees every import statement, with CPython's arguments.
import builtins

real_import = builtins.__import__
seen = []


def logging_import(name, globals=None, locals=None, fromlist=(), level=0):
    if not name.startswith("_"):
        seen.append((name, fromlist, level, globals is not None and globals.get("__name__")))
    return real_import(name, globals, locals, fromlist, level)


builtins.__import__ = logging_import
import helper_mod
from helper_mod import *
import shapes_pkg.geometry as geo


def inside():
    import state_mod
    return state_mod


inside()
builtins.__import__ = real_import
import math
for entry in seen:
    if entry[0] in ("helper_mod", "shapes_pkg.geometry", "state_mod", "shapes_pkg", "math"):
        print(entry)


def refuse(name, *args):
    raise ImportError(f"imports are disabled ({name})")


builtins.__import__ = refuse
try:
    import json
except ImportError as e:
    print(e)
finally:
    builtins.__import__ = real_import
print(geo.polygon(6)[:7])
