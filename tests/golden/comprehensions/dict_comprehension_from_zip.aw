keys = ['a', 'b', 'c']
vals = [1, 2, 3]
print({k: v for k, v in zip(keys, vals)}, {k: len(k) for k in ['xx', 'y']})
