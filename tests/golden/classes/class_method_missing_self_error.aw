class C:
    def m():
        return 'no self'
try:
    C().m()
except TypeError as e:
    print(type(e).__name__, e)
print(C.m())
