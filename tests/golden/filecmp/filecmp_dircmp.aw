import filecmp, os, shutil, tempfile

d = tempfile.mkdtemp()
try:
    for rel, text in [('a/same.txt', 'x'), ('b/same.txt', 'x'), ('a/diff.txt', '1'), ('b/diff.txt', '22'),
                      ('a/only_a.txt', ''), ('b/only_b.txt', ''), ('a/sub/s.txt', 's'), ('b/sub/s.txt', 't'),
                      ('a/samesize.txt', 'ab'), ('b/samesize.txt', 'cd')]:
        path = os.path.join(d, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, 'w') as f:
            f.write(text)
    a, b = os.path.join(d, 'a'), os.path.join(d, 'b')
    print(filecmp.cmp(os.path.join(a, 'same.txt'), os.path.join(b, 'same.txt')))
    print(filecmp.cmp(os.path.join(a, 'diff.txt'), os.path.join(b, 'diff.txt')))
    print(filecmp.cmp(os.path.join(a, 'samesize.txt'), os.path.join(b, 'samesize.txt'), shallow=False))
    print(filecmp.cmpfiles(a, b, ['same.txt', 'diff.txt', 'samesize.txt', 'nope.txt'], shallow=False))
    dc = filecmp.dircmp(a, b)
    print(dc.left_only, dc.right_only, sorted(dc.common), dc.common_dirs, sorted(dc.common_files))
    print(sorted(dc.same_files), sorted(dc.diff_files), dc.funny_files, list(dc.subdirs))
    print(dc.subdirs['sub'].diff_files)
    dc.report_full_closure.__name__
    filecmp.clear_cache()
    try:
        filecmp.cmp(os.path.join(a, 'missing'), os.path.join(b, 'same.txt'))
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno)
finally:
    shutil.rmtree(d)
