class C:
    pass
C.__module__ = "elsewhere"
print(C.__module__, C)
try:
    int.__module__ = "x"
except TypeError as e:
    print(e)
