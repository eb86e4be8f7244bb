# gzip.open's text modes are an io.TextIOWrapper: encoding, errors and every newline mode.
import gzip
import os
import shutil
import tempfile

tmp = tempfile.mkdtemp()
try:
    name = os.path.join(tmp, "t.gz")
    with gzip.open(name, "wt", encoding="ascii", newline="\n") as f:
        f.write("one\ntwo\rthree\r\nfour")
    for nl in (None, "", "\n", "\r", "\r\n"):
        with gzip.open(name, "rt", encoding="ascii", newline=nl) as f:
            print(repr(nl), f.readlines(), repr(f.newlines))
    with gzip.open(name, "wt", encoding="utf-8", newline="\r\n") as f:
        f.write("a\nb\n")
    with gzip.open(name, "rb") as f:
        print(f.read())
    with gzip.open(name, "wb") as f:
        f.write(b"foo\xffbar\n")
    with gzip.open(name, "rt", encoding="ascii", errors="replace") as f:
        print(repr(f.read()))
    with gzip.open(name, "rt", encoding="latin-1") as f:
        print(repr(f.readline()), f.encoding)
finally:
    shutil.rmtree(tmp)
