import copy
x = [1]
y = [x, x]
z = copy.deepcopy(y)
print(z, z[0] is z[1])
s = []
s.append(s)
t = copy.deepcopy(s)
print(t is t[0], len(t))
class C:
    def __init__(self):
        self.v = 1
    def __deepcopy__(self, memo):
        print('custom deepcopy')
        return C()
    def __copy__(self):
        print('custom copy')
        return self
copy.deepcopy(C())
copy.copy(C())
from collections import defaultdict, namedtuple
dd = defaultdict(list, {'a': [1]})
e = copy.deepcopy(dd)
e['a'].append(2)
print(dd, e)
Pt = namedtuple('Pt', 'x y')
pt = Pt([1], 2)
pc = copy.deepcopy(pt)
print(pc, pc.x is pt.x, type(pc).__name__)
