# StringIO/BytesIO as context managers, closed-file errors and argument errors.
import io

with io.StringIO("abc") as f:
    print(f.read(), f.closed, f.readable(), f.writable(), f.seekable(), f.isatty())
print(f.closed)

for cls in (io.StringIO, io.BytesIO):
    f = cls()
    f.close()
    for m in ("read", "getvalue", "tell", "readline", "__iter__", "truncate", "flush", "isatty",
              "readable", "__enter__"):
        try:
            getattr(f, m)()
            print(cls.__name__, m, "ok")
        except ValueError as e:
            print(cls.__name__, m, e)

for bad in (lambda: io.StringIO().write(1), lambda: io.StringIO(5), lambda: io.StringIO("", newline="x"),
            lambda: io.StringIO().seek(-1), lambda: io.StringIO().seek(1, 1), lambda: io.BytesIO().write("s"),
            lambda: io.BytesIO("s"), lambda: io.StringIO().fileno(), lambda: io.BytesIO().seek(-3)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
print(io.StringIO, io.BytesIO, io.IOBase, io.UnsupportedOperation)
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase),
      isinstance(io.StringIO(), io.IOBase), isinstance(io.BytesIO(), io.TextIOBase))
