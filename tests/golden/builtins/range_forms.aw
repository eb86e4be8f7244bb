print(list(range(5)), list(range(2, 6)), list(range(10, 0, -3)), list(range(0)), list(range(-3, 3, 2)))
try:
    range(1, 2, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
