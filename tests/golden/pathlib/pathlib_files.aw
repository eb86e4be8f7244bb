import os, tempfile
from pathlib import Path

tmp = Path(tempfile.mkdtemp())
old = os.getcwd()
try:
    root = tmp / 'proj'
    (root / 'src' / 'pkg').mkdir(parents=True)
    (root / 'src' / 'pkg').mkdir(parents=True, exist_ok=True)
    print(root.is_dir(), root.exists(), (root / 'src').is_file())
    f = root / 'src' / 'main.py'
    print(f.write_text('print("hi")\n'), f.read_text(), end='')
    print(f.write_bytes(b'\x00\x01abc'), f.read_bytes())
    f.write_text('line1\nline2\n')
    with f.open() as fh:
        print(fh.readlines())
    with f.open('a') as fh:
        fh.write('line3\n')
    print(f.read_text().splitlines())
    (root / 'src' / 'pkg' / '__init__.py').touch()
    (root / 'src' / 'pkg' / 'mod.py').write_text('x = 1\n')
    (root / 'README.md').write_text('# proj\n')
    (root / '.hidden').write_text('')
    rel = lambda ps: sorted(str(p.relative_to(root)) for p in ps)
    print(rel(root.iterdir()))
    print(rel(root.glob('*')), rel(root.glob('**/*.py')), rel(root.rglob('*.py')))
    print(rel(root.glob('src/*')), rel(root.glob('**')), rel(root.rglob('pkg')))
    print(f.stat().st_size, f.is_file(), f.exists(), (root / 'nope').exists(), (root / 'nope').is_dir())
    g = f.rename(root / 'src' / 'app.py')
    print(g.relative_to(root), f.exists(), g.exists())
    h = g.replace(root / 'app.py')
    print(h.relative_to(root))
    h.unlink()
    h.unlink(missing_ok=True)
    try:
        h.unlink()
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno, e.strerror, e.filename == str(h))
    try:
        (root / 'src').mkdir()
    except FileExistsError as e:
        print('FileExistsError', e.errno, e.strerror)
    try:
        (root / 'a' / 'b').mkdir()
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno)
    try:
        (root / 'src').rmdir()
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror)
    try:
        (root / 'missing.txt').read_text()
    except FileNotFoundError as e:
        print('FileNotFoundError', e.strerror)
    os.chdir(root)
    print(Path.cwd() == root.resolve(), Path('src').resolve() == (root / 'src').resolve())
    print(Path('src/pkg/../pkg/mod.py').resolve().relative_to(root.resolve()))
    print(Path('src').absolute() == Path(os.getcwd()) / 'src', Path('x').absolute().is_absolute())
    print(Path('README.md').samefile(root / 'README.md'))
    link = root / 'link'
    link.symlink_to('README.md')
    print(link.is_symlink(), link.readlink(), link.read_text(), end='')
    print(Path('~').expanduser() == Path.home(), Path('~/x').expanduser() == Path.home() / 'x')
    print(str(Path.home()) == os.path.expanduser('~'))
    d = root / 'empty'
    d.mkdir(mode=0o755)
    print(oct(d.stat().st_mode & 0o777), d.owner() if False else '', d.rmdir(), d.exists())
    f2 = root / 'mode.txt'
    f2.touch(mode=0o600)
    f2.chmod(0o640)
    print(oct(f2.stat().st_mode & 0o777), f2.lstat().st_size)
    print(sorted(p.name for p in root.iterdir() if p.is_file()))
finally:
    os.chdir(old)
    import shutil
    shutil.rmtree(tmp)
print(tmp.exists())
