# subclassing io.TextIOWrapper and the Buffered* classes in Python
import io


class Upper(io.TextIOWrapper):
    def write(self, s):
        return super().write(s.upper())


b = io.BytesIO()
u = Upper(b, encoding="utf-8")
print(u.write("shout"), type(u).__name__, isinstance(u, io.TextIOWrapper), isinstance(u, io.TextIOBase))
print("then print", file=u)
u.flush()
print(b.getvalue())
print(repr(u))


class Counting(io.BufferedReader):
    def __init__(self, raw):
        super().__init__(raw)
        self.calls = 0

    def read(self, n=-1):
        self.calls += 1
        return super().read(n)


c = Counting(io.BytesIO(b"abcdef"))
print(c.read(2), c.read(), c.calls, repr(c)[:10], issubclass(Counting, io.BufferedIOBase))


class Tagged(io.BufferedWriter):
    tag = "t"


t = Tagged(io.BytesIO())
t.write(b"zz")
t.flush()
print(t.raw.getvalue(), t.tag)
