a = [[1, 2], [3, 4]]
b = list(a)
b[0].append(99)
b[1] = 'new'
print(a, b)
