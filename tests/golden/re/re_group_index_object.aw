# Match methods take any object with __index__ as a group number.
import re

class Num:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

m = re.match(r'(a)(?P<x>b)', 'ab')
print(m.group(Num(1)), m.group(Num(2), 0), m.span(Num(1)), m.start(Num(2)), m.end(Num(0)))
print(m[Num(1)], m.group(True))
for g in (Num(3), Num(-1), 1.0, 'y', 10**30, None):
    try:
        m.group(g)
    except IndexError as e:
        print(type(g).__name__, 'IndexError', e)
