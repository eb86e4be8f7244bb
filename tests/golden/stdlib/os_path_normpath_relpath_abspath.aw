import os
print(os.path.normpath('/a/./b/../c//d/'), os.path.normpath(''), os.path.normpath('../x/..'), os.path.normpath('//a'))
print(os.path.relpath('/a/b/c', '/a/d'), os.path.relpath('/a', '/a'))
print(os.path.abspath('x') == os.path.join(os.getcwd(), 'x'), os.path.realpath('/usr/../usr/bin') == os.path.abspath('/usr/bin'))
print(os.path.expanduser('~/x') == os.environ['HOME'] + '/x', os.path.expanduser('x~'))
os.environ['AW_TEST_VAR'] = 'v'
print(os.path.expandvars('$AW_TEST_VAR/${AW_TEST_VAR}/$AW_NOPE_VAR/$'))
