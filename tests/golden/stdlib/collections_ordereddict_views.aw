# OrderedDict's keys/values/items views: CPython's reprs, order, set operations
from collections import OrderedDict
import collections.abc as abc

od = OrderedDict([("b", 2), ("a", 1), ("c", 3)])
keys, values, items = od.keys(), od.values(), od.items()
print(keys, values, items)
print(type(keys).__name__, type(values).__name__, type(items).__name__)
print(len(keys), "a" in keys, 2 in values, ("c", 3) in items, list(reversed(keys)), list(reversed(items)))
od.move_to_end("b")
od["d"] = 4
print(keys, list(values), items)
print(keys == {"a", "b", "c", "d"}, keys & {"a", "z"}, sorted(keys | ["q"]), sorted(keys - {"a"}), sorted({"a", "x"} ^ keys), keys.isdisjoint("xyz"))
print(items & {("a", 1)}, keys < {"a", "b", "c", "d", "e"}, keys >= {"a"}, keys == OrderedDict.fromkeys("abcd").keys())
print(isinstance(keys, abc.KeysView), isinstance(items, abc.ItemsView), isinstance(values, abc.ValuesView), isinstance(keys, abc.Set))
print(OrderedDict().keys(), OrderedDict().values(), OrderedDict().items(), keys.mapping == od, sorted(keys))
for k in keys:
    print(k, end=" ")
print()
try:
    hash(keys)
except TypeError as e:
    print("TypeError:", e)
