import sys
from contextlib import redirect_stdout, redirect_stderr
class Collector:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
    def flush(self):
        pass
c = Collector()
with redirect_stdout(c):
    print('hidden', 1)
    print('also hidden')
print(c.parts)
e = Collector()
with redirect_stderr(e):
    print('to err', file=sys.stderr)
print(e.parts, sys.stdout is sys.__stdout__ if hasattr(sys, '__stdout__') else True)
