t = (1, 2, 1, 3, 1)
print(t.count(1), t.index(3), t.index(1, 1))
try:
    t.index(9)
except ValueError as e:
    print(type(e).__name__, e)
