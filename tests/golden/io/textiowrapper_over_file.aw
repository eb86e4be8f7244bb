# io.TextIOWrapper over a binary file from open(): universal newlines, tell/seek, closing closes the buffer
import io, os, tempfile
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, "t.txt")
    with open(p, "wb") as f:
        f.write("α\r\nβ\nγ".encode())
    w = io.TextIOWrapper(open(p, "rb"), encoding="utf-8")
    print(w.readline(), w.tell() > 0)
    pos = w.tell()
    print(repr(w.read()))
    w.seek(pos)
    print(repr(w.readline()), os.path.basename(w.name), type(w.buffer).__name__)
    w.close()
    print(w.closed, w.buffer.closed)
