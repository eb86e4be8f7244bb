# input() with a stdout that cannot flush, and with a lost stream; sum() refuses a bytearray
# start; open() refuses an embedded NUL; type names and __qualname__ are checked;
# bool(NotImplemented) warns; __weakref__ named twice in __slots__.
import io, sys, warnings

class WriteOnly:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)

saved_in, saved_out = sys.stdin, sys.stdout
try:
    sys.stdin = io.StringIO("first\nsecond\n")
    out = sys.stdout = WriteOnly()
    a = input()
    b = input("prompt> ")
finally:
    sys.stdin, sys.stdout = saved_in, saved_out
print(a, b, out.parts)

for name in ("stdout", "stdin"):
    saved = getattr(sys, name)
    try:
        setattr(sys, name, None)
        input("x")
    except RuntimeError as e:
        print("RuntimeError:", e)
    finally:
        setattr(sys, name, saved)

for start in (bytearray(b""), b"", ""):
    try:
        sum([], start)
    except TypeError as e:
        print("TypeError:", e)

for path in ("a\x00b", b"a\x00b"):
    try:
        open(path)
    except ValueError as e:
        print("ValueError:", e)

try:
    type("A\x00B", (), {})
except ValueError as e:
    print("ValueError:", e)
C = type("C", (), {})
try:
    C.__name__ = "X\x00Y"
except ValueError as e:
    print("ValueError:", e)
print(C.__name__)
try:
    type("A", (), {"__qualname__": b"B"})
except TypeError as e:
    print("TypeError:", e)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(bool(NotImplemented), not NotImplemented)
print([(w.category.__name__, str(w.message)) for w in caught])
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        if NotImplemented:
            pass
    except DeprecationWarning as e:
        print("DeprecationWarning:", e)

try:
    type("A", (), {"__slots__": ("__weakref__", "__weakref__")})
except TypeError as e:
    print("TypeError:", e)
print(type("B", (), {"__slots__": ("__weakref__",)}).__name__)

# compile/eval/exec read any buffer
print(compile(memoryview(b"x = 1"), "buf", "exec").co_filename, eval(bytearray(b"1 + 2")),
      eval(memoryview(b"y * 2 + 100")[0:5], {"y": 4}))
exec(bytearray(b"print('from a bytearray')"))
try:
    eval(5)
except TypeError as e:
    print("TypeError:", e)
