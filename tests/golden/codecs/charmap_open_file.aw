import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, 'x.txt')
with open(p, 'w', encoding='cp1252') as f:
    print(f.encoding, f.mode)
    f.write('café €5\n')
    print('naïve — “quoted”', file=f)
    print(f.tell())
with open(p, 'rb') as f:
    print(f.read())
with open(p, encoding='cp1252') as f:
    print(f.encoding, repr(f.readline()))
    print(f.tell())
    print(repr(f.read(3)), f.tell())
    print(repr(f.read()))
with open(p, encoding='windows-1252') as f:
    print(f.readlines())
with open(p, 'w', encoding='cp1252') as f:
    try:
        f.write('x\u0100y')
    except UnicodeEncodeError as e:
        print('UnicodeEncodeError', e)
    f.write('ok')
with open(p, 'w', encoding='cp1252', errors='replace') as f:
    f.write('x\u0100y\n')
with open(p, 'rb') as f: print(f.read())
with open(p, 'wb') as f: f.write(b'a\x81b\x80\n')
try:
    with open(p, encoding='cp1252') as f: print(f.read())
except UnicodeDecodeError as e: print('UnicodeDecodeError', e)
with open(p, encoding='cp1252', errors='surrogateescape') as f: print(ascii(f.read()))
with open(p, encoding='latin-1') as f: print(ascii(f.read()))
with open(p, 'w', encoding='latin-1') as f: f.write('\xff\xe9')
with open(p, 'rb') as f: print(f.read())
with open(p, 'w+', encoding='koi8-r') as f:
    f.write('Привет\n')
    f.seek(0)
    print(f.read(), f.tell())
try: open(p, encoding='cp1252', errors=3)
except TypeError as e: print(e)
try: open(p, 'rb', errors='strict')
except ValueError as e: print(e)
try: open(p, encoding='cp9999')
except LookupError as e: print(e)
os.remove(p); os.rmdir(d)
