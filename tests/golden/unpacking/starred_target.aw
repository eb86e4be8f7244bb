first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = 'abcd'
print(init, last)
a, *mid, z = range(5)
print(a, mid, z)
a, *mid, z = [1, 2]
print(a, mid, z)
