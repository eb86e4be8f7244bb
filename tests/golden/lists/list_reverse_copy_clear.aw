a = [1, 2, 3]
b = a.copy()
a.reverse()
print(a, b)
b.clear()
print(b, a)
c = a[:]
c.append(9)
print(a, c)
