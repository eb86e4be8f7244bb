# deque: weak references, and a reduce that keeps a subclass's attributes and lets a deque
# contain itself through copy and pickle
import copy
import pickle
import weakref
from collections import deque


class Tagged(deque):
    pass


d = Tagged([1, 2, 3], maxlen=5)
d.tag = 'x'
print(d.__reduce__()[:3], list(d.__reduce__()[3]))
print(deque([1]).__reduce__()[:3], deque([1], 2).__reduce__()[:3])
for proto in (0, 2, 4):
    e = pickle.loads(pickle.dumps(d, proto))
    print(type(e).__name__, e, e.tag, e.maxlen)
c = copy.deepcopy(d)
print(c, c.tag)
s = deque('ab')
s.append(s)
t = pickle.loads(pickle.dumps(s))
print(len(t), t[-1] is t, t.pop() is t)
dc = copy.deepcopy(s)
print(dc[-1] is dc)
r = weakref.ref(s)
print(r() is s, weakref.proxy(d)[0])
