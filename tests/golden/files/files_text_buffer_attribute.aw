# A text file's .buffer (sys.stdout.buffer, sys.stdin.buffer, open(...).buffer) is the binary
# file under it: bytes in and out on the same descriptor, with FileIO's mode string.
import sys, os, tempfile
sys.stdout.write("text first\n"); sys.stdout.flush()
n = sys.stdout.buffer.write(b"bytes \xc3\xa9\n")
print(n, sys.stdout.buffer is sys.stdout.buffer, sys.stdout.buffer.mode, sys.stdin.buffer.mode, sys.stderr.buffer.name)
print(repr(sys.stdin.buffer))
d = tempfile.mkdtemp()
p = os.path.join(d, "f.txt")
for mode in ("w", "a", "w+", "r", "r+", "x"):
    if mode == "x": os.unlink(p)
    with open(p, mode) as f:
        print(mode, f.buffer.mode, type(f.buffer.read(0) if f.readable() else b"").__name__)
with open(p, "w") as f:
    f.buffer.write("héllo\n".encode())
    b = f.buffer
print(b.closed)
with open(p) as f:
    print(f.buffer.read(), f.buffer.readable(), f.buffer.writable())
with open(p, "rb") as f:
    try: f.buffer
    except AttributeError as e: print(e)
os.unlink(p); os.rmdir(d)
