# callbacks that collect, make new weak references and fail; cycles that die whole
import gc
import weakref


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None


log = []
keep = {}


def cb(ref):
    log.append("cb")
    gc.collect()                      # a collection inside a callback
    extra = Node("extra")
    keep["extra"] = weakref.ref(extra, lambda r: log.append("extra died"))
    del extra


def failing(ref):
    log.append("failing")
    raise KeyError("in callback")


a = Node("a")
r1 = weakref.ref(a, cb)
r2 = weakref.ref(a, failing)
del a
gc.collect()
gc.collect()
print(log, r1(), r2())

# a cycle holding its own weak reference dies whole: that reference's callback never runs
x, y = Node("x"), Node("y")
x.other, y.other = y, x
x.self_ref = weakref.ref(x, lambda r: log.append("never"))
outside = weakref.ref(y, lambda r: log.append("y died"))
del x, y
gc.collect()
print(log[-1], outside())

# many referents at once, through a WeakValueDictionary and a WeakSet
d = weakref.WeakValueDictionary()
s = weakref.WeakSet()
nodes = [Node(i) for i in range(1000)]
for n in nodes:
    d[n.name] = n
    s.add(n)
del nodes[::3]
gc.collect()
print(len(d), len(s))
for k in list(d.keys())[:5]:
    del d[k]
nodes.clear()
gc.collect()
print(len(d), len(s), [(k, v.name) for k, v in d.items()], [m.name for m in s])

# a proxy with a callback
p_target = Node("p")
p = weakref.proxy(p_target, lambda pr: log.append("proxy cb"))
print(p.name)
del p_target
gc.collect()
print(log[-1])
try:
    p.name
except ReferenceError as e:
    print("ReferenceError:", e)
