# types.MappingProxyType is a read-only view; types.new_class builds a class.
import types

d = {"a": 1}
mp = types.MappingProxyType(d)
print(mp["a"], len(mp), "a" in mp, list(mp), mp.get("b", 0))
d["b"] = 2
print(sorted(mp.items()), mp)
try:
    mp["c"] = 3
except TypeError as e:
    print(e)
try:
    types.MappingProxyType([1])
except TypeError as e:
    print(e)

def body(ns):
    ns["greet"] = lambda self: "hi from " + type(self).__name__
    ns["x"] = 5

K = types.new_class("K", (object,), exec_body=body)
print(K.__name__, K().greet(), K.x)

class Meta(type):
    pass

M = types.new_class("M", (), {"metaclass": Meta})
print(type(M).__name__, types.resolve_bases((int,)))
meta, ns, kw = types.prepare_class("Z", (), {"metaclass": Meta, "flag": 1})
print(meta.__name__, ns, kw)
