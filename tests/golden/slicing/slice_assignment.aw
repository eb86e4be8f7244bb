a = list(range(6))
a[1:3] = ['x', 'y', 'z']
print(a)
a[::2] = [0, 0, 0, 0]
print(a)
a[:0] = ['start']
print(a)
a[len(a):] = ['end']
print(a)
a[2:5] = []
print(a)
try:
    a[::2] = [1]
except ValueError as e:
    print(type(e).__name__, e)
