d = {'a': 1, 'b': 2}
k, v, it = d.keys(), d.values(), d.items()
d['c'] = 3
print(k, v, it, len(k), 'a' in k, 2 in v, ('b', 2) in it)
print(list(reversed(d)), sorted(d.items(), key=lambda kv: -kv[1]))
