print(1 << 0, 5 >> 10, -5 >> 10)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
