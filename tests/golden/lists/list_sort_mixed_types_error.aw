a = [1, 'a', 2]
try:
    a.sort()
except TypeError as e:
    print(type(e).__name__, e)
