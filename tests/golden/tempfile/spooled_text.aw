# a text-mode SpooledTemporaryFile is a TextIOWrapper over a BytesIO until it rolls over (max_size in bytes)
import tempfile
with tempfile.SpooledTemporaryFile(max_size=10, mode='w+', encoding='utf-8') as s:
    s.write('h\xe9llo')
    print(s._rolled, s.tell())
    s.write('\u20ac' * 3)
    print(s._rolled, s.tell())
    s.seek(0)
    print(s.read(), s.encoding, s.newlines, s.errors)
with tempfile.SpooledTemporaryFile(mode='w+') as s:
    s.write('a\nb\n'); s.seek(0); print(s.readlines(), s.mode, repr(s.name))
    s.rollover(); print(s._rolled, type(s._file).__name__); s.seek(0); print(s.read())
