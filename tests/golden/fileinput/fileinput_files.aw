import fileinput, os, shutil, tempfile

d = tempfile.mkdtemp()
p = lambda n: os.path.join(d, n)
try:
    for n, t in [('a.txt', 'l1\nl2\n'), ('b.txt', 'l3\nl4'), ('empty.txt', '')]:
        with open(p(n), 'w') as f:
            f.write(t)
    with fileinput.input([p('a.txt'), p('empty.txt'), p('b.txt')]) as fi:
        for line in fi:
            print(os.path.basename(fi.filename()), fi.lineno(), fi.filelineno(), fi.isfirstline(), repr(line))
    for line in fileinput.input(files=(p('a.txt'),)):
        print(repr(line), fileinput.lineno())
    fileinput.close()
    with fileinput.input(p('a.txt'), inplace=True, backup='.bak') as fi:
        for line in fi:
            print(line.upper(), end='')
    print(open(p('a.txt')).read().split(), sorted(os.listdir(d)))
    fi = fileinput.FileInput([p('b.txt'), p('a.txt')])
    print(next(fi), fi.filename() == p('b.txt'))
    fi.nextfile()
    print(next(fi), fi.lineno())
    fi.close()
    try:
        list(fileinput.input([p('missing.txt')]))
    except FileNotFoundError as e:
        print('FileNotFoundError', e.strerror)
    fileinput.close()
    try:
        fileinput.filename()
    except RuntimeError as e:
        print('RuntimeError', e)
finally:
    shutil.rmtree(d)
