# incremental decoders keep partial sequences; codecs.open, getreader and getwriter
import codecs
import io
import os

d = codecs.getincrementaldecoder("utf-8")()
data = "h\u00e9llo \u20ac\U0001f600".encode()
print([d.decode(data[i:i + 1]) for i in range(len(data))], repr(d.decode(b"", True)))
d16 = codecs.getincrementaldecoder("utf-16")()
data16 = codecs.encode("x\U0001f600y", "utf-16")
print([d16.decode(data16[i:i + 1]) for i in range(len(data16))])
e = codecs.getincrementalencoder("utf-16")()
print(e.encode("a") + e.encode("b"))
print(list(codecs.iterdecode([b"\xc3", b"\xa9", b"x"], "utf-8")), list(codecs.iterencode(["a", "b"], "utf-8-sig")))
with codecs.open("tmp_codecs.txt", "w", encoding="utf-16") as f:
    f.write("line one\nligne deux \u00e9\n")
with codecs.open("tmp_codecs.txt", "r", encoding="utf-16") as f:
    print(f.readline(), f.read())
with open("tmp_codecs.txt", "rb") as f:
    print(f.read()[:6])
with codecs.open("tmp_codecs.txt", "r", encoding="utf-16") as f:
    print(list(f))
os.remove("tmp_codecs.txt")
r = codecs.getreader("utf-8")(io.BytesIO("a\nb\u20ac\n".encode()))
print(r.readline(), r.read())
buf = io.BytesIO()
w = codecs.getwriter("utf-16-le")(buf)
w.write("hi")
print(buf.getvalue())
