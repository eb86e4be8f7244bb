import os
print(os.path.join('a', 'b', 'c.txt'), os.path.join('/a', '/b'), os.path.join('a', ''), os.path.join(b'a', b'b'))
print(os.path.split('/a/b'), os.path.split('a'), os.path.split('/'), os.path.split('a/b/'))
print(os.path.splitext('name.tar.gz'), os.path.splitext('.bashrc'), os.path.splitext('a/b.c/d'))
print(os.path.basename('/x/y/z.py'), os.path.dirname('/x/y/z.py'), repr(os.path.basename('a/b/')))
print(os.path.isabs('/x'), os.path.isabs('x'), os.path.commonprefix(['abc', 'abd']), os.path.commonpath(['/a/b/c', '/a/b/d']))
