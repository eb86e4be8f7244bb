print((1,) + (2, 3), (0,) * 3, tuple() * 5)
try:
    (1,) + [2]
except TypeError as e:
    print(type(e).__name__, e)
