import math as m
from math import sqrt, pi as PI
from sys import argv
print(m.sqrt(9), sqrt(25), PI == m.pi, isinstance(argv, list))
