class C:
    @property
    def x(self):
        return 1
c = C()
print(c.x)
try:
    c.x = 2
except AttributeError as e:
    print(type(e).__name__, e)
