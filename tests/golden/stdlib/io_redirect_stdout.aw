# Capturing print output with redirect_stdout and by replacing sys.stdout with a StringIO.
import io
import sys
from contextlib import redirect_stdout

f = io.StringIO()
with redirect_stdout(f):
    print("captured", 1)
    print("again")
print(repr(f.getvalue()))

saved = sys.stdout
sys.stdout = io.StringIO()
print("hidden")
text = sys.stdout.getvalue()
sys.stdout = saved
print(text.upper(), end="")
