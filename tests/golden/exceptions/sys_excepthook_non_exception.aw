# sys.excepthook given a value that is not an exception prints CPython's complaint on
# sys.stderr instead of raising.
import io
import sys

buf = io.StringIO()
old, sys.stderr = sys.stderr, buf
try:
    sys.excepthook(1, "1", 1)
    sys.excepthook(KeyError, [1], None)
    sys.excepthook(ValueError, ValueError("v"), None)
finally:
    sys.stderr = old
print(buf.getvalue(), end="")
try:
    sys.excepthook(1, 2)
except TypeError as e:
    print("TypeError", e)
