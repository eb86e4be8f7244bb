def one(x):
    return x
def two(a, b):
    return a
try:
    one(1, 2)
except TypeError as e:
    print(e)
try:
    two(1)
except TypeError as e:
    print(e)
try:
    two()
except TypeError as e:
    print(e)
try:
    one(y=1)
except TypeError as e:
    print(e)
try:
    one(1, x=2)
except TypeError as e:
    print(e)
def none():
    pass
try:
    none(5)
except TypeError as e:
    print(e)
