# traceback.TracebackException: equality, print(), compact, groups in format_exception_only.
import io
import inspect
import traceback

def fail(n):
    raise ValueError("bad value %d" % n)

def capture(n):
    try:
        fail(n)
    except ValueError as e:
        return e

a = traceback.TracebackException.from_exception(capture(1))
b = traceback.TracebackException.from_exception(capture(1))
c = traceback.TracebackException.from_exception(capture(2))
print(a == b, a == c, a != c)

out = io.StringIO()
a.print(file=out)
print(out.getvalue().splitlines()[-1])
print(out.getvalue() == "".join(a.format()))

try:
    try:
        1 / 0
    finally:
        raise KeyError("k") from OSError("cause")
except KeyError as e:
    compact = traceback.TracebackException.from_exception(e, compact=True)
    full = traceback.TracebackException.from_exception(e)
print(compact.__context__ is None, full.__context__ is not None, compact.__cause__ is not None)
print(compact.__suppress_context__, "".join(compact.format_exception_only()), end="")

group = ExceptionGroup("several", [ValueError("one"), TypeError("two")])
group.add_note("a note")
print(traceback.format_exception_only(group))
print(traceback.format_exception_only(ExceptionGroup, group))
print(inspect.signature(traceback.print_exception))
