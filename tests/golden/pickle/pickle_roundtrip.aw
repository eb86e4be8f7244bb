# every protocol round-trips the built-in types, shared and recursive references
import pickle
from collections import OrderedDict, deque, namedtuple, defaultdict

Point = namedtuple("Point", "x y")
data = [1, -5, 2 ** 70, -2 ** 100, 1.5, float("inf"), "h\u00e9llo \u20ac \U0001f600", b"bytes\x00\xff",
        None, True, False, (1, 2), (), {"a": [1, {2, 3}]}, frozenset([4]), bytearray(b"ba"),
        complex(1, 2), OrderedDict(a=1), Point(1, 2), deque([1, 2]), defaultdict(list, {1: [2]}),
        range(2, 10, 3), slice(1, 5), ..., NotImplemented, [[]] * 2, "x" * 300, b"y" * 300]
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    back = pickle.loads(pickle.dumps(data, protocol=proto))
    print(proto, back == data, [type(x).__name__ for x in back][-12:])
shared = [1, 2]
pair = pickle.loads(pickle.dumps([shared, shared]))
print(pair[0] is pair[1])
cyc = [1]
cyc.append(cyc)
r = pickle.loads(pickle.dumps(cyc))
print(r[1] is r)
d = {}
d["self"] = d
print(pickle.loads(pickle.dumps(d, 0))["self"] is not None)
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
