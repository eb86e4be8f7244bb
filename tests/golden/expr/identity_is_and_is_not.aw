a = [1]
b = a
c = [1]
print(a is b, a is c, a is not c, a == c, None is None)
x = None
print(x is None, x is not None)
