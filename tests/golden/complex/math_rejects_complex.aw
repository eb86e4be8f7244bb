# math functions take real numbers only.
import math
for name in ['sqrt', 'exp', 'floor', 'ceil', 'trunc', 'isnan', 'fabs', 'log', 'sin', 'isfinite']:
    try:
        getattr(math, name)(1j)
    except TypeError as e:
        print(name, 'TypeError:', e)
for f in (lambda: math.pow(1j, 2), lambda: math.isclose(1j, 1), lambda: math.atan2(1, 1j), lambda: math.hypot(3, 4j)):
    try:
        f()
    except TypeError as e:
        print('TypeError:', e)
