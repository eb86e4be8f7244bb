# UnsupportedOperation from files: io.UnsupportedOperation (OSError and ValueError) with CPython's message per type
import io, os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "f")
open(p, "w").close()
for mode, buf in (('wb', -1), ('rb', -1), ('wb', 0), ('rb', 0), ('w', -1), ('r', -1)):
    f = open(p, mode, buffering=buf)
    for m in ('read', 'readline', 'readlines', 'write', 'writelines', 'read1', 'peek', 'readinto', 'truncate'):
        if not hasattr(f, m): continue
        try:
            a = {'write': (b'x' if 'b' in mode else 'x',), 'writelines': ([b'x' if 'b' in mode else 'x'],), 'readinto': (bytearray(1),)}.get(m, ())
            getattr(f, m)(*a)
        except Exception as e:
            print(mode, buf, m, type(e).__name__, isinstance(e, io.UnsupportedOperation), repr(str(e)))
    f.close()
os.remove(p); os.rmdir(d)
