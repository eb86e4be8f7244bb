import math
print(math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.exp(0), math.exp(1))
print(math.sin(0), math.cos(0), round(math.sin(math.pi / 2), 10), math.atan2(1, 1), math.degrees(math.pi), math.radians(180), math.hypot(3, 4))
print(math.pow(2, 10), math.fabs(-3), math.fmod(7, 3), math.modf(2.5), math.copysign(3, -0.0))
