# common idioms: sys.stdin.buffer, sys.stdin replaced by a TextIOWrapper over it, a latin-1 writer over sys.stdout.buffer
import io, sys
data = sys.stdin.buffer.readline()
print(repr(data))
sys.stdin = io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="replace")
print(repr(input()))
for line in sys.stdin:
    print(repr(line))
sys.stdout.flush()
out = io.TextIOWrapper(sys.stdout.buffer, encoding="latin-1", newline="\r\n")
out.write("caf\xe9\n")
out.flush()
sys.stdout.buffer.write(b"end\n")
