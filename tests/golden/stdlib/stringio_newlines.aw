# StringIO.newlines reports the kinds of line ending written (initial value included) when
# newline is None or the empty string, None otherwise, and ValueError once closed.
from io import StringIO
for nl in (None, '', '\n', '\r', '\r\n'):
    f = StringIO('a\r\nb', newline=nl); r=[f.newlines]
    f.write('x\ry'); r.append(f.newlines); f.write('\n'); r.append(f.newlines); f.write('\r'); r.append(f.newlines)
    print(repr(nl), r, repr(f.getvalue()))
for init in ('', 'a\n', 'a\r', 'a\r\n', 'a\n\r', 'a\r\r\n', 'a\n\r\n'):
    print(repr(init), repr(StringIO(init, newline=None).newlines), repr(StringIO(init, newline='').newlines))
f=StringIO(newline=None); f.write('\r\n'); print(repr(f.newlines)); f.write('\r'); print(f.newlines)
f.write('\r')
f.__init__("x\n", newline=None); print(repr(f.newlines))
f.close()
try: f.newlines
except ValueError as e: print(e)
