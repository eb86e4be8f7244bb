# dict subclasses and collections mappings are mappings; keys are looked up with get(), so a
# defaultdict does not grow.
from collections import defaultdict, OrderedDict, Counter, UserDict, ChainMap

d = defaultdict(list)
match d:
    case {"missing": v}:
        print("found", v)
    case _:
        print("not found, still", dict(d))

match OrderedDict(a=1, b=2):
    case {"a": 1, **rest}:
        print(type(rest).__name__, rest)
match Counter("aab"):
    case {"a": n, "b": m}:
        print("counter", n, m)
match UserDict({"k": 1, "j": 2}):
    case {"k": v, **rest}:
        print("UserDict", v, rest)
match ChainMap({"k": 1}, {"j": 2}):
    case {"j": v}:
        print("ChainMap", v)

class Logging(dict):
    def get(self, key, default=None):
        print("get", key)
        return dict.get(self, key, default)

match Logging(a=1, b=2):
    case {"a": 1, "c": 3}:
        print("no")
    case {"b": 2, "a": x}:
        print("yes", x)
