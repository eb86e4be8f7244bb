print(2 in [1, 2, 3], 4 not in [1, 2, 3], 'ell' in 'hello', 'k' in {'k': 1}, 1 in {'k': 1})
print(3 in range(0, 10, 3), 4 in range(0, 10, 3), (1, 2) in [(1, 2)], 'a' not in '')
