# Instruction pairs run as one (LOAD_FAST+LOAD_FAST, STORE_FAST+LOAD_FAST, LOAD_FAST+LOAD_ATTR,
# LOAD_FAST+STORE_ATTR, LOAD_FAST+LOAD_METHOD, DUP_TOP+LOAD_ATTR, ROT_TWO+STORE_ATTR) behave
# exactly like the two instructions: errors in either half, other receivers, jumps between.
def second_unbound():
    a = 1
    if a == 2:
        b = 2
    return (a +
            b)

def first_unbound():
    if False:
        a = 1
    b = 2
    return a + b

for f in (second_unbound, first_unbound):
    try:
        f()
    except UnboundLocalError as e:
        print(e, e.__traceback__.tb_next.tb_lineno)

class Pt:
    def __init__(self, x):
        self.x = x
    def get(self):
        return self.x

class Prop:
    def __init__(self):
        self._x = 5
    @property
    def x(self):
        return self._x * 10
    @x.setter
    def x(self, v):
        self._x = v
    def get(self):
        return "Prop.get"

class Hooked:
    def __init__(self):
        object.__setattr__(self, "x", 1)
    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value)
    def get(self):
        return "Hooked.get"

def bump(o):
    o.x += 1
    y = o.x
    o.x = y + 1
    return o.x, o.get()

import math
for o in [Pt(1), Pt(2), Prop(), Pt(3), Hooked(), Pt(4)]:
    print(type(o).__name__, bump(o))
def mod_attr(m):
    return m.pi
print(mod_attr(math), mod_attr(math))
def attr_err(o):
    return o.nope
for o in (Pt(1), 3):
    try:
        attr_err(o)
    except AttributeError as e:
        print(e)

def swap_loop(n):
    a, b = 0, 1
    i = 0
    while i < n:
        t = a
        a = b
        b = t + b
        i += 1
    return a, b
print(swap_loop(30))

def cond_target(flag, p, q):
    r = p if flag else q
    return type(r).__name__, p.x if flag else q
print(cond_target(True, Pt(7), 8), cond_target(False, Pt(7), 8))
