# int() through __trunc__ takes the result's __index__ (else "returned non-Integral");
# float() of a str subclass with its own __float__ calls it.
import warnings

warnings.simplefilter("ignore", DeprecationWarning)


class Index:
    def __index__(self):
        return 42


class NotIntegral:
    pass


class TruncToIndex:
    def __trunc__(self):
        return Index()


class TruncToJunk:
    def __trunc__(self):
        return NotIntegral()


class TruncToFloat:
    def __trunc__(self):
        return 2.5


for obj in (TruncToIndex(), TruncToJunk(), TruncToFloat()):
    try:
        print(type(obj).__name__, int(obj))
    except TypeError as e:
        print(type(obj).__name__, "TypeError:", e)


class Reading(str):
    def __float__(self):
        return float(str(self)) + 1


class Plain(str):
    pass


print(float(Reading("8")), float(Plain("8")), float(Reading("1e3")))
