# _io names io's classes (CPython's native half of io); StringIO and BytesIO report it as
# their module.
import _io
import io

print(_io.StringIO is io.StringIO, _io.BytesIO is io.BytesIO, _io.open is open)
print(_io.StringIO.__module__, _io.BytesIO("x".encode()).read(), _io.StringIO("abc").read(2))
print(_io.DEFAULT_BUFFER_SIZE, issubclass(_io.UnsupportedOperation, OSError))
print(issubclass(_io.StringIO, _io._TextIOBase), issubclass(_io.BytesIO, _io._BufferedIOBase))
