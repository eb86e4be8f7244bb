# CPython 3.11's DeprecationWarnings for conversions that return a strict subclass
# (__int__, __index__, __float__, __complex__) and for int() delegating to __trunc__.
import warnings


class Small(int):
    pass


class Ratio(float):
    pass


class Phase(complex):
    pass


class GivesBool:
    def __int__(self):
        return True


class GivesSmall:
    def __index__(self):
        return Small(2)


class Truncates:
    def __trunc__(self):
        return 42


class GivesRatio:
    def __float__(self):
        return Ratio(0.25)


class GivesPhase:
    def __complex__(self):
        return Phase(1, -1)


class Plain:
    def __int__(self):
        return 5


cases = [
    ("int(GivesBool())", lambda: int(GivesBool())),
    ("int(GivesSmall())", lambda: int(GivesSmall())),
    ("list index", lambda: ["a", "b", "c"][GivesSmall()]),
    ("range", lambda: list(range(GivesSmall()))),
    ("int(Truncates())", lambda: int(Truncates())),
    ("float(GivesRatio())", lambda: float(GivesRatio())),
    ("complex(GivesPhase())", lambda: complex(GivesPhase())),
    ("int(Plain())", lambda: int(Plain())),
]
for label, thunk in cases:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = thunk()
    print(label, repr(result), type(result).__name__)
    for w in caught:
        print("   ", w.category.__name__, w.message)

with warnings.catch_warnings():
    warnings.simplefilter("error", DeprecationWarning)
    for label, thunk in cases:
        try:
            print(label, thunk())
        except DeprecationWarning as e:
            print(label, "raised:", str(e)[:40])
