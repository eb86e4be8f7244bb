k1, k2 = {'a': 1, 'b': 2}
print(k1, k2)
(only,) = {7}
print(only)
