# Dotted names are value patterns (compared with ==): enum members, class and module attributes.
from enum import Enum
import math

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

class Limits:
    LOW = 10
    HIGH = 100

def name(c):
    match c:
        case Color.RED:
            return "red"
        case Color.GREEN | Color.BLUE:
            return "green or blue"
        case Limits.LOW:
            return "low"
        case Limits.HIGH:
            return "high"
        case math.pi:
            return "pi"
        case _:
            return "unknown"

for c in [Color.RED, Color.GREEN, Color.BLUE, 10, 100, 10.0, math.pi, 1]:
    print(c, name(c))
