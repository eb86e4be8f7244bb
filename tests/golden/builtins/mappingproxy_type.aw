# types.MappingProxyType: a read-only view of any mapping that sees later changes.
import types
import collections
import collections.abc
from types import MappingProxyType

base = {"b": 2, "a": 1}
m = MappingProxyType(base)
print(m, repr(m), type(m), type(m).__name__, type(m).__module__)
print(MappingProxyType is type(int.__dict__), isinstance(m, collections.abc.Mapping))
print(isinstance(m, dict), issubclass(MappingProxyType, collections.abc.Mapping))
base["c"] = 3
print(m, len(m), list(m), list(reversed(m)), "c" in m, m["c"])
print(m.keys(), m.values(), m.items())
print(m.get("a"), m.get("z"), m.get("z", -1))
c = m.copy()
c["d"] = 4
print(c, type(c), m)
print(m == base, m == {"a": 1}, base == m, m != base)
print(m | {"z": 0}, {"z": 0} | m, type(m | m), m | m)
print(bool(MappingProxyType({})), bool(m), MappingProxyType(m), MappingProxyType(m) == m)
print(MappingProxyType(mapping={1: 2}), MappingProxyType[str], dict(m), {**m})
print(sorted(n for n in dir(m) if not n.startswith("_")))

od = collections.OrderedDict([("x", 1), ("y", 2)])
print(MappingProxyType(od), MappingProxyType(od).copy())
cm = collections.ChainMap({"k": 1}, {"j": 2})
print(MappingProxyType(cm)["j"], MappingProxyType("abc")[1])


class Lookup:
    def __getitem__(self, key):
        return key * 2


print(MappingProxyType(Lookup())[21])

for bad in ([1, 2], (1, 2), 3, None, {1, 2}, iter({})):
    try:
        MappingProxyType(bad)
    except TypeError as e:
        print("TypeError:", e)
for call in (lambda: MappingProxyType(), lambda: MappingProxyType({}, {})):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

for op in ("assign", "del", "delint", "ior", "attr", "hash", "lt", "get", "keys", "subclass"):
    try:
        if op == "assign":
            m["a"] = 5
        elif op == "del":
            del m["a"]
        elif op == "delint":
            del m[0]
        elif op == "ior":
            m |= {"q": 1}
        elif op == "attr":
            m.extra = 1
        elif op == "hash":
            hash(m)
        elif op == "lt":
            m < base
        elif op == "get":
            m.get()
        elif op == "keys":
            m.keys(1)
        elif op == "subclass":
            class Sub(MappingProxyType):
                pass
    except (TypeError, AttributeError) as e:
        print(op, type(e).__name__ + ":", e)
print(m)

d = {}
d |= m
print(d, m.__class__, MappingProxyType.__hash__, m.__doc__)
print(base.keys().mapping, type(base.items().mapping))

# pprint breaks a long proxy as CPython's does
import pprint
pprint.pprint(MappingProxyType({i: "x" * 10 for i in range(8)}))
pprint.pprint(MappingProxyType({"short": 1}))
