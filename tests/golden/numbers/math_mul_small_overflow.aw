# Products of two ints below 2**24 can exceed the small-int range; the specialised
# multiply must still promote them once the call site has warmed up.
def mul(a, b):
    r = a * b
    return r

def odd_product(start, stop):
    n = (stop - start) >> 1
    if not n:
        return 1
    if n == 1:
        return start
    mid = (start + n) | 1
    return odd_product(start, mid) * odd_product(mid, stop)

for _ in range(4):
    print(mul(9803145, 16736265), mul(-16777215, 16777215), mul(16777215, 16777215))
    print(mul(8388608, 16777215) > 0, mul(-9803145, 16736265) < 0)

import math
total = 1
bad = []
for i in range(1, 200):
    total *= i
    if math.factorial(i) != total:
        bad.append(i)
print("factorial mismatches:", bad)
print(odd_product(35, 69), odd_product(1, 101) % 1000003)
