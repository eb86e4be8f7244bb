import re
sc = re.compile(r'\d+').scanner('a12b345c6', 1)
print(sc.pattern, sc.search(), sc.search(), sc.search(), sc.search(), sc.search())
sc = re.compile(r'\d*').scanner('12a3')
print([m.span() for m in iter(sc.match, None)])
sc = re.compile(r'\d*').scanner('12a3')
print([m.span() for m in iter(sc.search, None)])
m = re.compile(r'\d').scanner('x1', 1).search()
print(m.pos, m.endpos, m)
