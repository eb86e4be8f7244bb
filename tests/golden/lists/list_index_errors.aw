a = [1, 2, 3]
try:
    a[3]
except IndexError as e:
    print(type(e).__name__, e)
try:
    a[-4] = 0
except IndexError as e:
    print(type(e).__name__, e)
try:
    a['x']
except TypeError as e:
    print(type(e).__name__, e)
