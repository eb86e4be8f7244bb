# update in pieces, copy, digest/hexdigest, name/digest_size/block_size, the constructors
import hashlib

for name in sorted(hashlib.algorithms_guaranteed & {"md5", "sha1", "sha224", "sha256", "sha384", "sha512"}):
    h = hashlib.new(name)
    for i in range(300):
        h.update(bytes([i % 256]) * (i % 70))
    c = h.copy()
    c.update(b"more")
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest(), c.hexdigest())
    print(h.digest() == bytes.fromhex(h.hexdigest()), h.hexdigest() == h.hexdigest())
print(hashlib.md5(b"abc").hexdigest(), hashlib.sha1(b"abc").hexdigest())
print(hashlib.sha256(bytearray(b"abc")).hexdigest(), hashlib.sha224(b"abc").digest())
print(hashlib.sha384(b"abc").hexdigest())
print(hashlib.sha512(b"abc", usedforsecurity=False).hexdigest())
print(hashlib.new("SHA256", b"x").name, hashlib.sha256(string=b"abc").hexdigest()[:16])
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1000).hex())
print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 2, dklen=30).hex())
print(type(hashlib.md5()).__name__, {"md5", "sha256"} <= hashlib.algorithms_available)
