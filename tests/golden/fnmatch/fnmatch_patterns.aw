import fnmatch

names = ['main.py', 'Main.PY', 'setup.cfg', 'a.txt', 'b1.txt', 'data[1].csv', '.hidden', 'x/y.py']
for pat in ['*.py', '*.PY', '?.txt', 'b[0-9].txt', '[!a]*', '*[[]1]*', '.*', '*', 'x/*']:
    print(pat, [n for n in names if fnmatch.fnmatchcase(n, pat)], fnmatch.filter(names, pat))
print(fnmatch.fnmatch('Main.PY', '*.py'), fnmatch.fnmatchcase('Main.PY', '*.py'))
for pat in ['*.py', 'a?c', '[a-z]*[!0-9]', '[]]', '[!]]', '[', 'a**b', '***', '[a-', r'\*', '[^x]']:
    print(repr(pat), fnmatch.translate(pat))
print(fnmatch.fnmatch('a-b', '[a-]-b'), fnmatch.fnmatch('^', '[^x]'), fnmatch.fnmatch('[', '['))
