import collections.abc
class MySeq(collections.abc.Sequence):
    def __init__(self, *x): self.x = x
    def __len__(self): return len(self.x)
    def __getitem__(self, i): return self.x[i]
class MyMap(collections.abc.Mapping):
    def __init__(self, **k): self.k = k
    def __len__(self): return len(self.k)
    def __getitem__(self, i): return self.k[i]
    def __iter__(self): return iter(self.k)
for v in (MySeq(1, 2), MyMap(a=1)):
    match v:
        case [a, b]: print("seq", a, b)
        case {"a": x}: print("map", x)
        case _: print("other")
class MutSeq(collections.abc.MutableSequence):
    def __init__(self): self.d = [1, 2, 3]
    def __len__(self): return len(self.d)
    def __getitem__(self, i): return self.d[i]
    def __setitem__(self, i, v): self.d[i] = v
    def __delitem__(self, i): del self.d[i]
    def insert(self, i, v): self.d.insert(i, v)
match MutSeq():
    case [first, *rest]: print("mutseq", first, rest)
class Plain:
    def __len__(self): return 2
    def __getitem__(self, i): return i
match Plain():
    case [a, b]: print("plain is a sequence?!")
    case _: print("plain is not a sequence")
match "ab":
    case [a, b]: print("str is a sequence?!")
    case _: print("str is not a sequence")
