# open()'s newline= for files: universal reading translates '\r\n' and '\r' (None), '' keeps
# them but still cuts lines there, '\n' / '\r' / '\r\n' cut only there; writing with '\r' or
# '\r\n' replaces '\n'; `newlines` records what was read; tell() stays a byte offset.
import os
import shutil
import tempfile

tmp = tempfile.mkdtemp()
try:
    name = os.path.join(tmp, "t.txt")
    with open(name, "wb") as f:
        f.write(b"one\r\ntwo\rthree\nfour\r\n\r\nlast\r")
    for nl in (None, "", "\n", "\r", "\r\n"):
        with open(name, newline=nl) as f:
            print(repr(nl), f.readlines(), repr(f.newlines))
        with open(name, newline=nl) as f:
            print("  read:", repr(f.read()))
        with open(name, newline=nl) as f:
            print("  iter:", [line for line in f])
        with open(name, newline=nl) as f:
            print("  read(4) x4:", [f.read(4) for _ in range(4)])
        with open(name, newline=nl) as f:
            print("  readline(5):", [f.readline(5) for _ in range(4)])

    with open(name) as f:
        print(repr(f.newlines), repr(f.readline()), f.tell())
        print(repr(f.readline()), repr(f.readline()), f.tell())
        f.seek(0)
        print(repr(f.readline()), f.tell())

    for nl in (None, "", "\n", "\r", "\r\n"):
        with open(name, "w", newline=nl) as f:
            f.write("a\nb\r\nc")
            f.writelines(["d\n", "e"])
        with open(name, "rb") as f:
            print("write", repr(nl), f.read())

    with open(name, "w+", newline="") as f:
        f.write("x\r\ny\n")
        f.seek(0)
        print(repr(f.read()), repr(f.newlines))
        f.reconfigure(newline=None)
        f.seek(0)
        print(repr(f.read()), repr(f.newlines))

    for bad in ("x", "\n\n", 5):
        try:
            open(name, newline=bad)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, repr(str(e)))

    # a '\r' ending one read of the descriptor and '\n' starting the next
    with open(name, "wb") as f:
        f.write(b"a" * 8191 + b"\r\n" + b"b\r\n" * 3)
    with open(name) as f:
        lines = f.readlines()
        print(len(lines), len(lines[0]), repr(lines[0][-2:]), lines[1:], repr(f.newlines))
    with open(name) as f:
        data = f.read()
        print(len(data), data.count("\n"), "\r" in data)
finally:
    shutil.rmtree(tmp)
