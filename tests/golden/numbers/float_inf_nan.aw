inf = float('inf')
nan = float('nan')
print(inf, -inf, nan, inf > 1e308, inf + 1, inf - inf, nan == nan, nan != nan)
print(float('-inf'), float('Infinity'), float(' 1.5 '), float('1e3'), float(2**60))
import math
print(math.isinf(inf), math.isnan(nan), math.inf == inf)
