try:
    (1).x = 2
except AttributeError as e:
    print(type(e).__name__, e)
try:
    [].x = 2
except AttributeError as e:
    print(type(e).__name__, e)
