# StringIO newline modes: translation on write and line splitting on read (None, '', LF, CR, CRLF).
import io
for nl in (None, '', '\n', '\r', '\r\n'):
    s = io.StringIO("a\rb\r\nc\nd", newline=nl)
    print(repr(nl), list(s), repr(s.getvalue()))
    s.seek(0); print(repr(s.readline()), repr(s.readline(1)), repr(s.read()))
    w = io.StringIO(newline=nl); w.write("x\ny\r\nz\r"); print(repr(w.getvalue()), w.tell())
print(list(io.BytesIO(b"a\rb\r\nc\nd")))
