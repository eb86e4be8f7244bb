# io.BytesIO: write, read, readline, seek from the end, iteration, getvalue.
import io

b = io.BytesIO(b"abc\ndef\n")
print(b.read(2), b.readline(), b.tell(), b.getvalue())
print(list(b), b.read())
print(b.write(b"xyz"), b.write(bytearray(b"!")), b.getvalue())
print(b.seek(-2, 2), b.read(), b.seek(0), b.read(3), b.seek(1, 1), b.read(1))
b.seek(20)
b.write(b"Z")
print(b.getvalue(), len(b.getvalue()))
print(b.truncate(4), b.getvalue(), b.tell())
out = io.BytesIO()
for i in range(3):
    out.write(str(i).encode() + b",")
print(out.getvalue(), bytes(out.getbuffer()))
with io.BytesIO(b"one\ntwo") as f:
    for line in f:
        print(line)
