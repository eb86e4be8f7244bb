r = range(0, 20, 3)
print(r, len(r), r[2], r[-1], r[1:4], r[::-1], r.index(9), r.count(4), list(r[::2]))
print(range(10, 0, -3), list(range(10, 0, -3)), len(range(5, 0)), range(3) == range(0, 3))
try:
    r.index(4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(3)[5]
except IndexError as e:
    print(type(e).__name__, e)
