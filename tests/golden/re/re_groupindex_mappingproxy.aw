import re

g = re.compile('(?P<a>x)(y)(?P<b>z)').groupindex
print(type(g), repr(g), g, g['a'], len(g), list(g), 'a' in g, 'c' in g, g == {'a': 1, 'b': 3})
print(sorted(g.items()), list(g.keys()), list(g.values()), g.get('b'), g.get('c', -1), g.copy())
try:
    g['b'] = 2
except TypeError as e:
    print(e)
try:
    g['zz']
except KeyError as e:
    print('KeyError', e)
print(re.compile('x').groupindex, len(re.compile('x').groupindex))
