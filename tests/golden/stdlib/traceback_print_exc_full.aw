# traceback.print_exc and format_exception print the same text as an uncaught exception.
import io
import os
import sys
import traceback

_out = io.StringIO()
_stdout = sys.stdout
sys.stdout = _out   # collected, then printed without this folder's absolute path

def check(n):
    if n > 2:
        raise ValueError(f"too big: {n}")
    check(n + 1)

try:
    check(0)
except ValueError:
    traceback.print_exc(file=sys.stdout)
    print("---")
    print(traceback.format_exc(), end="")
    print("---")
    traceback.print_exception(sys.exception(), file=sys.stdout, limit=2)

class AppError(Exception):
    pass

try:
    try:
        raise KeyError("missing")
    except KeyError:
        raise AppError("while handling")
except AppError as e:
    print("".join(traceback.format_exception(e)), end="")
    print(traceback.format_exception_only(e))
print(traceback.format_exception(None))

sys.stdout = _stdout
print(_out.getvalue().replace(os.path.dirname(os.path.abspath(__file__)) + os.sep, ""), end="")
