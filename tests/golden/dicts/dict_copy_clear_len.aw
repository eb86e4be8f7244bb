d = {'a': [1]}
c = d.copy()
c['a'].append(2)
c['b'] = 0
print(d, c, len(c))
c.clear()
print(c, len(c))
