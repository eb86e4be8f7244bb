# io.TextIOWrapper over a BytesIO: decoding, newline modes, line_buffering, write_through, detach
import io

f = io.TextIOWrapper(io.BytesIO(b"one\r\ntwo\rthree\nfour"), encoding="utf-8")
print(type(f), type(f) is io.TextIOWrapper)
print([f.readline() for _ in range(5)])
print(f.encoding, f.errors, f.line_buffering, f.write_through, f.newlines)

f = io.TextIOWrapper(io.BytesIO(b"a\r\nb\rc\n"), encoding="utf-8", newline="")
print(list(f))
f = io.TextIOWrapper(io.BytesIO(b"a\r\nb\rc\n"), encoding="utf-8", newline="\r")
print(list(f))

b = io.BytesIO()
w = io.TextIOWrapper(b, encoding="utf-8", newline="\r\n")
w.write("x\ny\n")
print(b.getvalue())
w.flush()
print(b.getvalue())

b = io.BytesIO()
w = io.TextIOWrapper(b, encoding="latin-1", line_buffering=True)
w.write("caf\xe9")
print(b.getvalue())
w.write("\n")
print(b.getvalue(), w.line_buffering)

b = io.BytesIO()
w = io.TextIOWrapper(b, encoding="utf-8", write_through=True)
w.write("\u20ac")
print(b.getvalue(), w.write_through)
print(w.buffer is b, w.detach() is b)
try:
    w.write("x")
except ValueError as e:
    print("ValueError:", e)

r = io.TextIOWrapper(io.BytesIO("h\xe9llo w\xf6rld".encode()), encoding="utf-8")
print(r.read(3), r.read(), repr(r.read()))
r.seek(0)
print(r.read())
print(r.readable(), r.writable(), r.seekable(), r.closed)
r.close()
print(r.closed)
with io.TextIOWrapper(io.BytesIO(b"ctx\n"), encoding="ascii") as c:
    print(c.read())
print(c.closed)
print(repr(io.TextIOWrapper(io.BytesIO(), encoding="utf-8")))
