d = {}
d['z'] = 1
d['a'] = 2
d['m'] = 3
d['z'] = 10
print(d, list(d), list(d.values()))
del d['a']
d['a'] = 4
print(d)
