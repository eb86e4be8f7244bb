a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
print(a | b, b | a)
a.update(b)
print(a)
a.update([('w', 0)], q=9)
print(a)
a |= {'x': -1}
print(a)
