# Subclasses of set, frozenset and bytearray pickle and copy their items together with their
# attributes (instance dict and __slots__); set.__reduce__ has CPython's shape.
import copy
import pickle


class Tags(set):
    pass


class Frozen(frozenset):
    __slots__ = ("label",)


class Buffer(bytearray):
    __slots__ = ("origin", "__dict__")


class Marker:
    def __init__(self, n):
        self.n = n

    def __deepcopy__(self, memo):
        return Marker(self.n + 1)


tags = Tags(["x", "y"])
tags.owner = "ann"
frozen = Frozen([1, 2, 3])
frozen.label = "L"
buf = Buffer(b"data")
buf.origin = "disk"
buf.extra = [1]

for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    t = pickle.loads(pickle.dumps(tags, proto))
    f = pickle.loads(pickle.dumps(frozen, proto))
    b = pickle.loads(pickle.dumps(buf, proto))
    print(proto, type(t).__name__, sorted(t), t.owner, type(f).__name__, sorted(f), f.label,
          type(b).__name__, b, b.origin, b.extra)

print(set([5]).__reduce__(), frozenset().__reduce__())
print(Tags([1]).__reduce__()[0].__name__, Tags([1]).__reduce__()[1:])
print(bytearray(b"ab").__reduce__(), bytearray(b"ab").__reduce_ex__(4))

dup = copy.deepcopy(Frozen([Marker(10)]))
print(type(dup).__name__, [m.n for m in dup])
shallow = copy.copy(tags)
print(type(shallow).__name__, sorted(shallow), shallow.owner)


class Raw:
    def __bytes__(self):
        return b"\x01\x00"


print(int.from_bytes(Raw()), int.from_bytes(Raw(), "little"), repr(b"\xb9\x01".hex("\x00")))
