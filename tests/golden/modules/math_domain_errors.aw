import math
for f, arg in [(math.sqrt, -1), (math.log, 0), (math.log, -1), (math.acos, 2)]:
    try:
        f(arg)
    except ValueError as e:
        print(f.__name__, type(e).__name__, e)
