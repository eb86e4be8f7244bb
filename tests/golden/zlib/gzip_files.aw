# gzip.compress/decompress, gzip.open in binary and text modes, GzipFile over BytesIO, errors
import gzip
import io
import os

data = b"line of text\n" * 500
c = gzip.compress(data, mtime=0)
print(len(c), c[:10], gzip.decompress(c) == data)
with gzip.open("tmp_g.gz", "wb") as f:
    f.write(data)
with gzip.open("tmp_g.gz", "rb") as f:
    print(f.read(20), len(f.read()))
with gzip.open("tmp_g.gz", "rt", encoding="utf-8") as f:
    print(f.readline(), sum(1 for _ in f))
with gzip.open("tmp_g.gz", "at") as f:
    f.write("appended\n")
with open("tmp_g.gz", "rb") as f:
    print(gzip.decompress(f.read())[-20:])
with gzip.open("tmp_g.gz", "rb") as f:
    f.seek(13 * 499)
    print(f.readline(), f.tell(), f.peek(3)[:3])
os.remove("tmp_g.gz")
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as g:
    g.write(b"abc")
print(buf.getvalue())
buf.seek(0)
with gzip.GzipFile(fileobj=buf) as g:
    print(g.read(), g.mtime)
try:
    gzip.decompress(b"not gzip")
except gzip.BadGzipFile as e:
    print(type(e).__name__, e)
try:
    gzip.decompress(c[:-4])
except EOFError as e:
    print(type(e).__name__, e)
