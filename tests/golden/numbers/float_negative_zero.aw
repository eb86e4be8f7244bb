z = -0.0
print(z, z == 0.0, abs(z), repr(-0.0 * 1), 0.0 * -1, str(-0.0))
import math
print(math.copysign(1, z))
