# types.SimpleNamespace: attributes from keywords, repr, equality, mutation.
from types import SimpleNamespace

ns = SimpleNamespace(x=1, y="two")
print(ns)
print(ns.x, ns.y)
ns.z = [3]
del ns.x
print(ns, repr(ns))
print(SimpleNamespace(a=1) == SimpleNamespace(a=1), SimpleNamespace(a=1) == SimpleNamespace(a=2))
print(SimpleNamespace(), vars(SimpleNamespace(k=0)))
ns.self = ns
print(ns)

class Point(SimpleNamespace):
    pass

print(Point(x=1, y=2))
try:
    hash(ns)
except TypeError as e:
    print(e)
try:
    ns.missing
except AttributeError as e:
    print(e)
