from enum import Enum, auto, unique
class Auto(Enum):
    A = auto()
    B = auto()
    C = auto()
print(list(Auto), Auto.C.value)
class Shade(Enum):
    RED = 1
    CRIMSON = 1
    BLUE = 2
print(list(Shade), Shade.CRIMSON is Shade.RED, Shade.CRIMSON, list(Shade.__members__))
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)
