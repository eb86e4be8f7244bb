# obj.__class__ = C needs the same __slots__ names in the same places, not just as many
class SlotX:
    __slots__ = ("x",)

class SlotY:
    __slots__ = ("y",)

class SlotX2:
    __slots__ = ("x",)

class TwoA:
    __slots__ = ("a", "b")

class TwoB:
    __slots__ = ("b", "a")

o = SlotX()
for target in (SlotY, SlotX2):
    try:
        o.__class__ = target
        print("now", type(o).__name__)
    except TypeError as e:
        print(e)
t = TwoA()
try:
    t.__class__ = TwoB
except TypeError as e:
    print(e)

class Base:
    __slots__ = ("p",)

class D1(Base):
    __slots__ = ("q",)

class D2(Base):
    __slots__ = ("q",)

class D3(Base):
    __slots__ = ("r",)

d = D1()
d.p, d.q = 1, 2
d.__class__ = D2
print(type(d).__name__, d.p, d.q)
try:
    d.__class__ = D3
except TypeError as e:
    print(e)
