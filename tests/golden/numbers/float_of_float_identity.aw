# float(x) of a float returns x itself, so a NaN keeps its identity.
import math
nan = float("nan")
print(float(nan) is nan, float(math.nan) is float(math.nan))
print(float(nan) is float("nan"))
x = 2.5
print(float(x), float(x) == x)
class F(float):
    pass
print(type(float(F(1.5))).__name__, float(F(1.5)))
