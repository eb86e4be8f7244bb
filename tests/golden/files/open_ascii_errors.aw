# Text files in ASCII go through the codec: the errors handler sees non-ASCII text.
import os
import tempfile

path = os.path.join(tempfile.mkdtemp(), "a.txt")
with open(path, "w", encoding="us-ascii", errors="xmlcharrefreplace") as f:
    f.write("caf\u00e9 \u20ac\n")
print(open(path, "rb").read())
try:
    with open(path, "w", encoding="ascii") as f:
        f.write("\u00e9")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
with open(path, "wb") as f:
    f.write(b"ok\xffno\n")
try:
    open(path, encoding="ascii").read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
print(open(path, encoding="ascii", errors="replace").read(), end="")
print(open(path, encoding="ascii", errors="surrogateescape").read().encode("ascii", "surrogateescape"))
os.remove(path)
