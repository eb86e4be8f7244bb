# hash and equality of references follow their referents; dead ones compare by identity
import gc
import weakref


class K:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, K) and self.v == other.v

    def __hash__(self):
        return hash(self.v)


a, b, c = K(1), K(1), K(2)
ra, rb, rc = weakref.ref(a), weakref.ref(b), weakref.ref(c)
print(ra == rb, ra != rb, ra == rc, ra != rc)
print(hash(ra) == hash(1), hash(ra) == hash(rb))
print(ra == 1, ra != "x")
h = hash(ra)
del a, c
gc.collect()
print(ra() is None, hash(ra) == h)
print(ra == rb, ra == ra, rc == rc)
try:
    hash(rc)
except TypeError as e:
    print("TypeError:", e)
try:
    ra < rb
except TypeError as e:
    print("TypeError")
d = {rb: "b"}
print(d[weakref.ref(b)])
