# sys.stdout.buffer after the text layer is flushed keeps output in order; sys.stdin.buffer reads bytes
import sys

print("text 1")
sys.stdout.flush()
sys.stdout.buffer.write(b"bytes 1\n")
sys.stdout.buffer.flush()
sys.stdout.write("text 2\n")
sys.stdout.flush()
print(sys.stdout.buffer.write(b"\xe2\x82\xac\n"))
sys.stdout.flush()
print(sys.stdout.buffer.mode, sys.stdout.buffer is sys.stdout.buffer)
print(repr(sys.stdin.buffer), sys.stdin.buffer.raw.closefd, repr(sys.stdin.buffer.raw))
print(repr(sys.stdin.buffer.read()))
print(sys.stderr.errors)
