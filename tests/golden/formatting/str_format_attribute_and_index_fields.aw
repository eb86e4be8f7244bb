class P:
    x = 3
    y = [10, 20]
print('{0.x} {0.y[1]} {1[a]} {2[0]}'.format(P(), {'a': 'A'}, 'str'))
print('{p.x}-{p.y[0]}'.format(p=P()))
