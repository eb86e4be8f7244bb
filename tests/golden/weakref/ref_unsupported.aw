# objects that cannot be weakly referenced, and those that can (__slots__ rules)
import weakref


class Plain:
    pass


class Slotted:
    __slots__ = ("a",)


class SlottedWeak:
    __slots__ = ("a", "__weakref__")


class SubOfSlotted(Slotted):
    pass


class SlotsOnPlain(Plain):
    __slots__ = ()


class MyInt(int):
    pass


class MyTuple(tuple):
    pass


class MyList(list):
    pass


class MyStr(str):
    pass


class MyError(Exception):
    pass


def f():
    pass


def gen():
    yield 1


for obj in [1, 1.5, "s", b"b", (1,), [1], {}, None, True, object(), Exception(), range(3),
            slice(1), iter([]), property(), Slotted(), MyInt(1), MyTuple()]:
    try:
        weakref.ref(obj)
        print("ok", type(obj).__name__)
    except TypeError as e:
        print("TypeError:", e)

for obj in [Plain(), SlottedWeak(), SubOfSlotted(), SlotsOnPlain(), MyList(), MyStr("x"), MyError(),
            f, len, int, Plain, {1}, frozenset(), gen(), weakref, f.__code__, Plain().__init__ if hasattr(Plain, "x") else f]:
    weakref.ref(obj)
    print("ok", type(obj).__name__)
