import glob, os, tempfile, shutil

root = tempfile.mkdtemp()
try:
    for d in ['src', 'src/pkg', 'src/pkg/sub', 'docs', '.git']:
        os.mkdir(os.path.join(root, d))
    for f in ['README.md', 'setup.py', '.env', 'src/a.py', 'src/b.py', 'src/.hidden.py',
              'src/pkg/__init__.py', 'src/pkg/sub/deep.py', 'docs/index.rst', '.git/config',
              'data[1].txt']:
        with open(os.path.join(root, f), 'w') as fh:
            fh.write(f)
    os.chdir(root)
    for pat in ['*', '*.py', 'src/*.py', 'src/*', '**', '**/*.py', 'src/**', '.*', '*/*',
                '*/*/*.py', 'nope*', 'src/?.py', 'src/[ab].py', 'data[1].txt',
                glob.escape('data[1].txt'), 'src', 'src/', '*/', 'docs/../setup.py']:
        print(repr(pat), sorted(glob.glob(pat)), sorted(glob.glob(pat, recursive=True)))
    print(sorted(glob.glob('**/*.py', root_dir=os.path.join(root, 'src'), recursive=True)))
    print(sorted(os.path.relpath(p, root) for p in glob.iglob(os.path.join(root, 'src', '**', '*.py'), recursive=True)))
    print(glob.has_magic('a*'), glob.has_magic('abc'), glob.escape('a[b]*?.txt'))
    print(list(glob.iglob('nope')), sorted(glob.glob1('src', '*.py')))
finally:
    os.chdir('/')
    shutil.rmtree(root)
print(os.path.exists(root))
