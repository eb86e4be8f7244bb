# io.BufferedReader / BufferedWriter / BufferedRandom / BufferedRWPair over BytesIO and RawIOBase
import io


class Raw(io.RawIOBase):
    """Hands out at most 3 bytes per readinto call."""

    def __init__(self, data):
        self.data = data
        self.pos = 0
        self.written = bytearray()

    def readable(self):
        return True

    def writable(self):
        return True

    def readinto(self, b):
        n = min(len(b), 3, len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n

    def write(self, b):
        self.written += b
        return len(b)


r = io.BufferedReader(Raw(b"hello\nworld\nand more"))
print(type(r), isinstance(r, io.BufferedIOBase), isinstance(r, io.IOBase))
print(r.peek(2)[:2], r.read1(2), r.readline(), r.read(3), r.read())
print(r.raw.__class__.__name__, r.readable(), r.writable())
print(repr(io.BufferedReader(io.BytesIO(b"x"))))

buf = bytearray(4)
r2 = io.BufferedReader(io.BytesIO(b"abcdefg"))
print(r2.readinto(buf), buf, r2.readinto(buf), buf, r2.readinto(buf))

raw = Raw(b"")
w = io.BufferedWriter(raw, buffer_size=16)
w.write(b"abc")
print(bytes(raw.written))
w.flush()
print(bytes(raw.written), w.writable(), w.raw is raw)
w.write(b"x" * 40)
print(len(raw.written))

br = io.BufferedRandom(io.BytesIO(b"0123456789"))
print(br.read(3), br.tell())
br.write(b"AB")
br.seek(0)
print(br.read())

pair = io.BufferedRWPair(io.BytesIO(b"in data"), io.BytesIO())
print(type(pair).__name__, pair.read(2), pair.readable(), pair.writable())

d = io.BufferedReader(io.BytesIO(b"q"))
print(type(d.detach()).__name__)
try:
    d.read()
except ValueError as e:
    print("ValueError:", e)
