pairs = [(1, 'one'), (3, 'three'), (2, 'two')]
pairs.sort(key=lambda p: p[1])
print(pairs, list(map(lambda p: p[0] * 10, pairs)))
