# open() with codecs aw files do not transcode themselves (utf-8-sig, utf-16, utf-32): a
# TextIOWrapper over the binary file, BOM handling when appending, newline modes, errors.
import os, tempfile, shutil
tmp = tempfile.mkdtemp()
try:
    name = os.path.join(tmp, "u.txt")
    for enc in ("utf-8-sig", "utf-16", "utf-16-le", "utf-32", "UTF-16-BE"):
        with open(name, "w", encoding=enc) as f:
            print(type(f).__name__, f.mode, f.encoding, f.name == name, f.write("h\u00e9llo\nw\u00f6rld\r\n"))
        with open(name, "rb") as f:
            print(enc, f.read()[:12])
        with open(name, encoding=enc) as f:
            print(f.readlines(), repr(f.newlines))
        with open(name, "a", encoding=enc) as f:
            f.write("more\n")
        with open(name, encoding=enc, newline="") as f:
            print(repr(f.read()))
    with open(name, "wb") as f:
        f.write(b"\xef\xbb\xbfa,b\r\n1,2\r\n")
    with open(name, encoding="utf-8-sig", newline="") as f:
        import csv
        print(list(csv.reader(f)))
    try:
        open(name, encoding="no-such-codec")
    except LookupError as e:
        print("LookupError", e)
    try:
        open(os.path.join(tmp, "missing", "x"), encoding="utf-16")
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno)
    try:
        open(name, encoding="utf-16", errors=5)
    except TypeError as e:
        print("TypeError", e)
finally:
    shutil.rmtree(tmp)
