# io.TextIOWrapper around a BytesIO: encodings, errors, newline modes, readline, detach.
import io

b = io.BytesIO()
t = io.TextIOWrapper(b, encoding="utf-8", errors="strict", newline="\n")
print(t.write("caf\u00e9\nline 2\n"), t.encoding, t.errors)
t.flush()
print(b.getvalue())
raw = t.detach()
print(raw is b, raw.getvalue())

b = io.BytesIO()
t = io.TextIOWrapper(b, encoding="ascii", errors="xmlcharrefreplace", newline="\r\n")
t.write("\u20ac 1\nnext\n")
t.flush()
print(b.getvalue())

b = io.BytesIO()
t = io.TextIOWrapper(b, encoding="utf-16")
t.write("ab")
t.write("cd")
t.flush()
print(b.getvalue())

t = io.TextIOWrapper(io.BytesIO(b"one\r\ntwo\rthree\nfour"), encoding="latin-1")
print(repr(t.readline()), repr(t.readline()), repr(t.read(3)), repr(t.read()))
t = io.TextIOWrapper(io.BytesIO(b"a\r\nb\n"), encoding="utf-8", newline="")
print([t.readline(), t.readline(), t.readline()])
t = io.TextIOWrapper(io.BytesIO("x\u00e9y\nz".encode()), encoding="utf-8")
print(list(t))
try:
    io.TextIOWrapper(io.BytesIO(b"\xff"), encoding="utf-8").read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e.reason)
try:
    io.TextIOWrapper(io.BytesIO(), encoding="no-such-codec")
except LookupError as e:
    print("LookupError", e)
with io.TextIOWrapper(io.BytesIO(b"ctx"), encoding="utf-8") as t:
    print(t.read(), t.closed)
print(t.closed)
# buffering: line_buffering flushes at a newline, write_through at once, else at flush()
b = io.BytesIO()
t = io.TextIOWrapper(b, encoding="utf-8", line_buffering=True)
t.write("a"); print(b.getvalue()); t.write("b\n"); print(b.getvalue())
b = io.BytesIO()
t = io.TextIOWrapper(b, encoding="utf-8", write_through=True)
t.write("x"); print(b.getvalue())
b = io.BytesIO()
t = io.TextIOWrapper(b, encoding="utf-8")
t.write("y"); print(b.getvalue()); t.flush(); print(b.getvalue())
