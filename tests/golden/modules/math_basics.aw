import math
print(math.sqrt(16), math.sqrt(2), math.pi, math.e, math.tau, math.inf, -math.inf)
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.7), type(math.floor(2.5)).__name__)
