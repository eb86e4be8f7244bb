import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "f.txt")
with open(p, "w", newline="\r\n", errors="surrogateescape") as f:
    f.write("a\udcff\nb\n")
print(open(p, "rb").read())
with open(p, "r", errors="surrogateescape") as f:
    print(repr(f.read()), f.newlines)
with open(p, "r", errors="replace", newline="") as f:
    print(repr(f.read()))
with open(p, "r", errors="replace") as f:
    print(repr(f.readline()), repr(f.readline()), f.newlines)
import shutil; shutil.rmtree(d)
