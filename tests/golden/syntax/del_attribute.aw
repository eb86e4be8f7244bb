class P:
    pass
p = P()
p.x = 1
p.y = 2
del p.x
print(hasattr(p, 'x'), p.y)
