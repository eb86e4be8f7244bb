from pathlib import PurePath, PurePosixPath, Path, PosixPath

p = PurePosixPath('/usr/local/lib/python3.11/site.tar.gz')
print(repr(p), str(p), p.parts, p.root, p.anchor, p.drive)
print(p.name, p.stem, p.suffix, p.suffixes, p.parent, p.parents[0], p.parents[-1], len(p.parents))
print(list(PurePosixPath('a/b/c').parents), list(PurePosixPath('/').parents))
print(repr(PurePath('a', 'b')), repr(Path('x/y')), type(Path('.')).__name__, type(PurePath()).__name__)
for s in ['', '.', 'a//b', 'a/./b', 'a/../b', '//x', '///x', '/a/', 'a/b/', '~/x']:
    print(repr(s), repr(PurePosixPath(s)), PurePosixPath(s).parts)
q = PurePosixPath('docs/readme.md')
print(q.with_name('index.md'), q.with_suffix('.txt'), q.with_suffix(''), q.with_stem('README'))
print(q / 'x', 'root' / q, q / '/abs', q.joinpath('a', 'b'), PurePosixPath('a', '/b', 'c'))
for bad in [lambda: q.with_suffix('txt'), lambda: q.with_name(''), lambda: PurePosixPath('/').with_name('x'),
            lambda: PurePosixPath('a').relative_to('b'), lambda: q / 3, lambda: PurePosixPath(3),
            lambda: q.with_name('a/b')]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(PurePosixPath('/a/b/c').relative_to('/a'), PurePosixPath('/a/b').relative_to('/a/b'))
print(PurePosixPath('/a/b').is_relative_to('/a'), PurePosixPath('/a/b').is_relative_to('/c'))
print(PurePosixPath('/a').is_absolute(), PurePosixPath('a').is_absolute())
for pat in ['*.py', 'b/*.py', '/a/*.py', '*/b/*.py', 'A.PY', '**/*.py']:
    print(pat, PurePosixPath('/a/b/x.py').match(pat))
print(PurePosixPath('a') == PurePosixPath('a/'), PurePosixPath('a') < PurePosixPath('b'),
      sorted([PurePosixPath('b'), PurePosixPath('a/c'), PurePosixPath('a')]))
print(PurePosixPath('a') == 'a', hash(PurePosixPath('x/y')) == hash(PurePosixPath('x//y')))
print(PurePosixPath('/a b/c').as_uri(), PurePosixPath('/x').as_posix(), bytes(PurePosixPath('/x')))
print(str(PurePosixPath('a/b').__fspath__()), PurePosixPath('a').is_reserved())
try:
    PurePosixPath('a').as_uri()
except ValueError as e:
    print('ValueError', e)
print({PurePosixPath('a'): 1}[PurePosixPath('a')], PosixPath('z') == Path('z'))
