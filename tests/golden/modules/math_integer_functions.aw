import math
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(2**100, 6**50), math.lcm(4, 6), math.factorial(0), math.factorial(10), math.comb(10, 3), math.perm(5, 2), math.isqrt(99))
try:
    math.factorial(-1)
except ValueError as e:
    print(type(e).__name__, e)
