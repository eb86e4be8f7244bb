# BLAKE2 digest_size, key, salt and person; SHAKE lengths; reprs, attributes and errors
import hashlib

for kw in [dict(digest_size=16), dict(key=b"key"), dict(salt=b"salt", person=b"me"),
           dict(digest_size=5, key=b"abc", salt=b"s", person=b"p")]:
    for data in [b"", b"abc", b"x" * 64, b"x" * 128, b"x" * 129, b"y" * 300]:
        print(kw, len(data), hashlib.blake2b(data, **kw).hexdigest(), hashlib.blake2s(data, **kw).hexdigest())
print(hashlib.blake2b(b"m", key=b"k" * 64).hexdigest())
h = hashlib.blake2b(b"abc", digest_size=20, key=b"k")
c = h.copy()
c.update(b"d")
print(h.hexdigest(), c.hexdigest(), h.digest_size, h.block_size, h.name, c.digest_size)
s = hashlib.shake_256(b"x")
print(s.digest_size, s.block_size, s.name, s.copy().hexdigest(4), s.digest(3))
print(hashlib.sha3_256().name, hashlib.sha3_256().block_size, hashlib.sha3_512().digest_size)
print(hashlib.new("blake2b", b"x", digest_size=8).hexdigest(), hashlib.new("sha3_256", b"x").hexdigest())
print(repr(hashlib.sha3_256()).split(" @")[0], repr(hashlib.shake_128()).split(" @")[0], repr(hashlib.blake2s()).split(" at")[0])
print(sorted(hashlib.algorithms_guaranteed))
for f in [lambda: s.digest(), lambda: s.hexdigest(), lambda: hashlib.blake2b(digest_size=0),
          lambda: hashlib.blake2b(digest_size=65), lambda: hashlib.blake2b(key=b"k" * 65),
          lambda: hashlib.blake2b(salt=b"s" * 17), lambda: hashlib.blake2s(person=b"p" * 9),
          lambda: hashlib.sha3_256().digest(3), lambda: hashlib.blake2s(key="k")]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
