# bz2: one-shot and incremental compression, max_length, errors, bz2.open/BZ2File.
import bz2, io, os, tempfile
data = b"hello world " * 1000
c = bz2.compress(data)
print(len(c), bz2.decompress(c) == data, bz2.decompress(c + c) == data * 2)
comp = bz2.BZ2Compressor(5)
parts = [comp.compress(data[i:i + 700]) for i in range(0, len(data), 700)]
parts.append(comp.flush())
blob = b"".join(parts)
print(bz2.decompress(blob) == data)
try:
    comp.compress(b"x")
except ValueError as e:
    print("ValueError", e)
try:
    comp.flush()
except ValueError as e:
    print("ValueError", e)
d = bz2.BZ2Decompressor()
out = d.decompress(blob[:50])
print(len(out), d.eof, d.needs_input)
out += d.decompress(blob[50:] + b"TRAILING", max_length=100)
print(len(out), d.eof, d.needs_input)
while not d.eof:
    out += d.decompress(b"", max_length=5000)
print(out == data, d.eof, d.unused_data, d.needs_input)
try:
    d.decompress(b"x")
except EOFError as e:
    print("EOFError", e)
try:
    bz2.decompress(b"not bz2 data at all")
except OSError as e:
    print("OSError", e)
try:
    bz2.BZ2Compressor(10)
except ValueError as e:
    print("ValueError", e)
try:
    bz2.decompress(c[:-10])
except ValueError as e:
    print("ValueError", e)
with tempfile.TemporaryDirectory() as t:
    p = os.path.join(t, "f.bz2")
    with bz2.open(p, "wb") as f:
        for i in range(3):
            f.write(f"line {i}\n".encode())
    with bz2.open(p, "rb") as f:
        print(f.read().splitlines())
    with open(p, "ab") as f:
        f.write(bz2.compress(b"second stream\n"))
    with bz2.BZ2File(p) as f:
        print(list(f))
    with bz2.BZ2File(p) as f:
        print(f.readline(), f.peek(1)[:1], f.read(4), f.tell())
print(bz2.compress(b"") [:4], bz2.decompress(bz2.compress(b"")))
with tempfile.TemporaryDirectory() as t:
    p = os.path.join(t, "t.bz2")
    with bz2.open(p, "wt", encoding="utf-8") as f:
        f.write("héllo\nwörld\n")
    with bz2.open(p, "rt", encoding="utf-8") as f:
        print(f.readlines())
    with bz2.open(p, "rb") as f:
        print(type(f).__name__, f.read())
