import math, sys
print(math.__name__, sys.__name__, type(math).__name__, __name__)
