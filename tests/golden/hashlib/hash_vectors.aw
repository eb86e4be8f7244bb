# every algorithm on empty input, block-boundary lengths (55/56/64, 111/112/128) and 1 MB
import hashlib

inputs = [b"", b"a", b"abc", b"message digest", b"x" * 55, b"x" * 56, b"x" * 57, b"x" * 63,
          b"x" * 64, b"x" * 65, b"y" * 111, b"y" * 112, b"y" * 113, b"y" * 127, b"y" * 128,
          b"y" * 129, bytes(range(256)) * 4, b"q" * 1000000]
for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]:
    for data in inputs:
        print(name, len(data), hashlib.new(name, data).hexdigest())
