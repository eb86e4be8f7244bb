# SHA-3, SHAKE, BLAKE2b and BLAKE2s on block-boundary lengths (rates 72..168), 1 MB, random pieces
import hashlib
import random

names = ["sha3_224", "sha3_256", "sha3_384", "sha3_512", "blake2b", "blake2s"]
inputs = [b"", b"a", b"abc", b"x" * 63, b"x" * 64, b"x" * 65, b"y" * 71, b"y" * 72, b"y" * 73, b"z" * 127,
          b"z" * 128, b"z" * 129, b"w" * 135, b"w" * 136, b"w" * 137, b"v" * 143, b"v" * 144, b"v" * 145,
          b"u" * 167, b"u" * 168, b"u" * 169, bytes(range(256)) * 4, b"q" * 1000000]
for name in names:
    for data in inputs:
        print(name, len(data), hashlib.new(name, data).hexdigest())
for name in ["shake_128", "shake_256"]:
    for data in inputs:
        h = hashlib.new(name, data)
        print(name, len(data), h.hexdigest(10), h.hexdigest(200)[-20:], len(h.digest(500)))
r = random.Random(3)
for i in range(60):
    name = r.choice(names + ["shake_128"])
    data = bytes(r.getrandbits(8) for _ in range(r.randrange(0, 600)))
    h = hashlib.new(name)
    pos = 0
    while pos < len(data):
        step = r.randrange(1, 200)
        h.update(data[pos:pos + step])
        pos += step
    print(name, len(data), h.hexdigest() if name != "shake_128" else h.hexdigest(33))
