for ch in 'ab':
    print(ch)
for k in {'x': 1, 'y': 2}:
    print(k)
for a, b in [(1, 2), (3, 4)]:
    print(a + b)
for i in range(10, 0, -4):
    print(i)
