# fractions.Fraction: construction from ints, floats and strings, arithmetic, rounding, limit_denominator.
from fractions import Fraction as F
import math
print(F(3, 4), repr(F(6, 8)), F(-3, -9), F(5), F(0.5), F(1.1), F("3/7"), F(" -1.25e2 "), F("1_000.5"), F(".5"), F("2E-3"))
a, b = F(1, 3), F(1, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** 2, a ** -2, 2 ** F(1, 2), F(4, 9) ** F(1, 2), -a, abs(F(-2, 5)))
print(a + 1, 1 - a, a * 2.0, a == F(2, 6), a < b, a > 0.3, a == 1/3, F(1, 2) == 0.5, hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3))
print(F(355, 113).limit_denominator(10), F(math.pi).limit_denominator(1000), F(1.1).limit_denominator(), F(3,1).limit_denominator(1))
print(a.numerator, a.denominator, a.as_integer_ratio(), float(a), int(F(-7, 2)), round(F(7, 2)), round(F(5, 2)), round(F(22, 7), 2), math.floor(F(-7, 2)), math.ceil(F(-7, 2)), math.trunc(F(-7, 2)))
print(F.from_float(0.1), F.from_decimal(3), sum([F(1, n) for n in range(1, 6)]), sorted([F(1, 2), F(1, 3), F(2, 3)]), F(7, 3).is_integer() if hasattr(F, 'is_integer') else '', bool(F(0)))
print(divmod(F(7, 2), F(1, 3)), F(1, 2) + F(1, 2) == 1, isinstance(F(1), __import__('numbers').Rational))
for bad in ["1/0", "abc", "1.2.3", "1/", " ", "1__0"]:
    try: print(F(bad))
    except (ValueError, ZeroDivisionError) as e: print(type(e).__name__, e)
try: F(1, 0)
except ZeroDivisionError as e: print(e)
try: F([])
except TypeError as e: print(e)
try: F(1.5, 2)
except TypeError as e: print(e)
try: F(float('nan'))
except ValueError as e: print(e)
