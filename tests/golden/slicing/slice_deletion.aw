a = list(range(10))
del a[7:]
del a[:2]
print(a)
del a[::-1]
print(a)
