s = 'abc'
try:
    s[0] = 'x'
except TypeError as e:
    print(type(e).__name__, e)
print(s)
