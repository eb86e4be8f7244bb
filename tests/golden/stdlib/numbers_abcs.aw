# numbers: the numeric tower ABCs with isinstance on built-in numbers and Fraction.
import numbers
from fractions import Fraction

for x in (1, True, 2.5, Fraction(1, 3), "1", None):
    print(repr(x).ljust(16), [isinstance(x, c) for c in (numbers.Number, numbers.Complex,
                                                        numbers.Real, numbers.Rational,
                                                        numbers.Integral)])
print(issubclass(int, numbers.Integral), issubclass(float, numbers.Rational), issubclass(bool, numbers.Number))

class Meters(numbers.Real):
    pass

try:
    Meters()
except TypeError as e:
    print(str(e)[:60])
print(sorted(Meters.__abstractmethods__)[:5])
