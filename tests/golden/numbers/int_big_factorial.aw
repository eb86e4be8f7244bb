import math
print(math.factorial(50))
f = 1
for i in range(1, 31):
    f *= i
print(f, f == math.factorial(30))
