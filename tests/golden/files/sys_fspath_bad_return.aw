# An object whose __fspath__ returns neither str nor bytes: CPython's TypeError naming the
# class's __fspath__ and what it returned, from os functions and open().
import os
class P:
    def __init__(self, v): self.v = v
    def __fspath__(self): return self.v
for f in (os.stat, os.lstat, os.access, os.fspath, open):
    for v in (5, None):
        try:
            f(P(v)) if f not in (os.access,) else f(P(v), 0)
        except TypeError as e:
            print(f.__name__, e)
