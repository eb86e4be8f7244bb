def f():
    import math
    return math.floor(2.5)
print(f())
try:
    math
except NameError as e:
    print(e)
