import os, shutil, tempfile, stat

root = tempfile.mkdtemp()
j = lambda *p: os.path.join(root, *p)
def tree(top):
    out = []
    for dirpath, dirs, files in os.walk(top):
        dirs.sort()
        for f in sorted(files):
            out.append(os.path.relpath(os.path.join(dirpath, f), top))
    return out
try:
    os.makedirs(j('src', 'sub'))
    for name, text in [('a.txt', 'alpha'), ('b.log', 'beta'), ('sub/c.txt', 'gamma')]:
        with open(j('src', name), 'w') as fh:
            fh.write(text)
    os.chmod(j('src', 'a.txt'), 0o640)
    print(os.path.relpath(shutil.copyfile(j('src', 'a.txt'), j('copy.txt')), root))
    print(os.path.relpath(shutil.copy(j('src', 'a.txt'), j('src', 'sub')), root))
    print(oct(stat.S_IMODE(os.stat(j('src', 'sub', 'a.txt')).st_mode)))
    os.utime(j('src', 'b.log'), (1000000000, 1000000000))
    shutil.copy2(j('src', 'b.log'), j('b2.log'))
    print(os.stat(j('b2.log')).st_mtime == 1000000000, int(os.path.getmtime(j('b2.log'))))
    shutil.copymode(j('src', 'a.txt'), j('b2.log'))
    print(oct(os.stat(j('b2.log')).st_mode & 0o777))
    print(os.path.relpath(shutil.copytree(j('src'), j('dst')), root), tree(j('dst')))
    try:
        shutil.copytree(j('src'), j('dst'))
    except FileExistsError as e:
        print('FileExistsError', e.errno, e.strerror)
    shutil.copytree(j('src'), j('dst'), dirs_exist_ok=True, ignore=shutil.ignore_patterns('*.log'))
    shutil.copytree(j('src'), j('dst2'), ignore=shutil.ignore_patterns('*.log', 'sub'))
    print(tree(j('dst2')))
    with open(j('copy.txt')) as fh:
        print(fh.read())
    print(os.path.relpath(shutil.move(j('copy.txt'), j('moved.txt')), root), os.path.exists(j('copy.txt')))
    print(os.path.relpath(shutil.move(j('moved.txt'), j('dst')), root))
    print(os.path.relpath(shutil.move(j('dst2'), j('dst3')), root), os.path.isdir(j('dst3')))
    try:
        shutil.copyfile(j('src', 'a.txt'), j('src', 'a.txt'))
    except shutil.SameFileError as e:
        print('SameFileError', str(e).replace(root, 'ROOT'))
    try:
        shutil.copyfile(j('nope'), j('x'))
    except FileNotFoundError as e:
        print('FileNotFoundError', e.strerror)
    shutil.rmtree(j('dst'))
    print(sorted(os.listdir(root)))
    try:
        shutil.rmtree(j('nope'))
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno)
    shutil.rmtree(j('nope'), ignore_errors=True)
    errs = []
    shutil.rmtree(j('nope'), onerror=lambda f, p, e: errs.append(e[0].__name__))
    print(sorted(set(errs)))
    print(shutil.which('sh') is not None, shutil.which('definitely-not-a-command-xyz'))
    print(shutil.which('sh', path='/nonexistent'), os.path.basename(shutil.which('ls') or 'ls'))
    u = shutil.disk_usage(root)
    print(u.total > 0, u.used >= 0, u.free >= 0, type(u).__name__)
    print(shutil.get_terminal_size((90, 30)) if 'COLUMNS' not in os.environ else 'skip')
finally:
    shutil.rmtree(root)
print(os.path.exists(root))
