t = (1, 2)
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
t2 = ([1], 2)
t2[0].append(2)
print(t2)
