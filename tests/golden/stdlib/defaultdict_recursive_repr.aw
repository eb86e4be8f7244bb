# defaultdict's repr: the guard is on the factory, so a factory whose repr shows the dict again
# prints as ..., and a dict that contains itself prints {...}
from collections import defaultdict


class Sub(defaultdict):
    def __init__(self):
        self.default_factory = self._make

    def _make(self):
        return []


s = Sub()
r = repr(s)
print(r[:28], r[r.index(' of '):])
d = defaultdict(list)
d['me'] = d
print(d)
d2 = defaultdict(None, {1: 2})
print(d2)
