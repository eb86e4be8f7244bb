d = {'a': 1}
print(d.get('a'), d.get('b'), d.get('b', 0), d.setdefault('a', 9), d.setdefault('c', []), d)
d.setdefault('c', []).append(5)
print(d)
