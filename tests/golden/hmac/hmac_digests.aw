# hmac.new/digest/hexdigest/copy with named and constructor digestmods (RFC 2104 values)
import hashlib
import hmac

h = hmac.new(b"key", b"The quick brown fox jumps over the lazy dog", "sha256")
print(h.hexdigest(), h.name, h.digest_size, h.block_size)
c = h.copy()
c.update(b"more")
print(c.hexdigest(), h.hexdigest())
print(hmac.new(b"key", b"The quick brown fox jumps over the lazy dog", hashlib.md5).hexdigest())
print(hmac.new(b"k" * 200, b"long key", hashlib.sha1).hexdigest())
print(hmac.new(bytearray(b"key"), digestmod=hashlib.sha512).hexdigest())
print(hmac.digest(b"k", b"m", "sha384").hex())
h = hmac.new(b"secret", digestmod="sha224")
for part in [b"a", b"bc", b"d" * 100]:
    h.update(part)
print(h.hexdigest(), h.digest() == bytes.fromhex(h.hexdigest()))
