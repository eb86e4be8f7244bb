print(list(map(str, [1, 2])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(filter(None, [0, 1, '', 'a', None])), list(filter(lambda x: x > 1, [1, 2, 3])))
m = map(abs, [-1])
print(next(m), next(m, 'end'))
