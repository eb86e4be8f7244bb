import os, tempfile

print(tempfile.gettempdir() == os.environ.get('TMPDIR', '/tmp').rstrip('/') or tempfile.gettempdir(),
      type(tempfile.gettempdir()).__name__, tempfile.gettempprefix(), tempfile.gettempdirb() == os.fsencode(tempfile.gettempdir()))
with tempfile.TemporaryDirectory(prefix='aw_', suffix='_t') as d:
    name = os.path.basename(d)
    print(os.path.isdir(d), name.startswith('aw_'), name.endswith('_t'), len(name) == 3 + 8 + 2)
    fd, path = tempfile.mkstemp(suffix='.txt', prefix='pre', dir=d)
    os.write(fd, b'hello')
    os.close(fd)
    print(os.path.dirname(path) == d, os.path.basename(path).startswith('pre'), path.endswith('.txt'))
    print(oct(os.stat(path).st_mode & 0o777), open(path).read())
    sub = tempfile.mkdtemp(dir=d)
    print(os.path.isdir(sub), oct(os.stat(sub).st_mode & 0o777))
    with tempfile.NamedTemporaryFile('w+', suffix='.csv', dir=d) as f:
        f.write('a,b\n1,2\n')
        f.flush()
        f.seek(0)
        print(f.read(), end='')
        print(os.path.exists(f.name), f.name.endswith('.csv'), os.path.dirname(f.name) == d)
        with open(f.name) as g:
            print(g.read().splitlines())
    print(os.path.exists(f.name))
    f = tempfile.NamedTemporaryFile(dir=d, delete=False)
    f.write(b'kept')
    f.close()
    print(os.path.exists(f.name), open(f.name, 'rb').read())
    with tempfile.TemporaryFile() as t:
        t.write(b'xyz')
        t.seek(0)
        print(t.read())
    with tempfile.TemporaryFile('w+') as t:
        t.write('text')
        t.seek(0)
        print(t.read())
    with tempfile.SpooledTemporaryFile(max_size=10, mode='w+') as s:
        s.write('small')
        s.seek(0)
        print(s.read(), s._rolled)
    print(sorted(os.path.basename(p) == os.path.basename(sub) for p in [sub]))
    print(len(os.listdir(d)))
print(os.path.exists(d))
td = tempfile.TemporaryDirectory()
print(repr(td).startswith('<TemporaryDirectory '), os.path.isdir(td.name))
td.cleanup()
td.cleanup()
print(os.path.exists(td.name))
print(tempfile.mktemp(dir='/nonexistent').startswith('/nonexistent/tmp'))
try:
    tempfile.mkstemp(dir='/nonexistent/dir')
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)
