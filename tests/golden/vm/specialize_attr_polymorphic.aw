# Attribute loads and stores specialised on one class and one dict layout see other classes,
# other layouts, deleted attributes, properties added later and class attributes.
class A:
    def __init__(self):
        self.x = 1
        self.y = 2

class B:
    def __init__(self):
        self.y = 20
        self.x = 10

class C(A):
    pass

def get_x(o):
    return o.x

def set_x(o, v):
    o.x = v

objs = [A(), B(), C(), A()]
for o in objs * 2:
    set_x(o, get_x(o) + 1)
print([get_x(o) for o in objs])
a = objs[0]
del a.x
try:
    get_x(a)
except AttributeError as e:
    print(e)
set_x(a, 99)
print(get_x(a), list(vars(a)))
A.x = property(lambda self: "prop")
print(get_x(a), get_x(objs[3]), get_x(objs[1]))
del A.x
print(get_x(a), get_x(objs[3]))
class D:
    x = "class attr"
print(get_x(D()))
import math
def get_pi(m):
    return m.pi
print(get_pi(math), get_pi(math))
math.pi = 3
print(get_pi(math))
