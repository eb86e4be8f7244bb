a = [1, 2]
a *= 2
print(a)
a += 'xy'
print(a)
