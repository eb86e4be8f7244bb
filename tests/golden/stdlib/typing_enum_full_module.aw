# enum is CPython's module: boundaries, _missing_, hooks, functional API, verify, pickling
import enum, pickle, copy
from enum import (Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, verify, member,
                  nonmember, STRICT, CONFORM, EJECT, KEEP, UNIQUE, CONTINUOUS, NAMED_FLAGS)

class Perm(Flag, boundary=STRICT):
    R = 4
    W = 2
    X = 1
try:
    Perm(9)
except ValueError as e:
    print('ValueError', e)

class Loose(Flag, boundary=CONFORM):
    A = 1
    B = 2
print(repr(Loose(7)), repr(Loose(0)), list(Loose(3)), len(Loose(3)))

class Ej(IntFlag, boundary=EJECT):
    A = 1
print(repr(Ej(5)), type(Ej(5)).__name__)

class Kp(IntFlag):
    A = 1
    B = 2
print(repr(Kp(13)), repr(~Kp.A), Kp._boundary_, Flag._boundary_)

class Shape(Enum):
    SQUARE = 2
    CIRCLE = 3
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
print(Shape('square'), Shape(3))
try:
    Shape(7)
except ValueError as e:
    print('ValueError', e)

class Tracked(Enum):
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        print('subclass', cls.__name__, kw)
class Sub(Tracked, tag=1):
    pass

Animal = Enum('Animal', 'ANT BEE CAT', module=__name__)
print(list(Animal), Animal.BEE.value, Animal.__module__)
Color = IntEnum('Color', [('RED', 10), ('GREEN', 20)])
print(Color.GREEN, Color(10), Color.RED + 1)
Mode = StrEnum('Mode', ['READ', 'WRITE'])
print(Mode.READ, repr(Mode.WRITE), Mode.READ.upper())

class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    X = nonmember(3)
print(Planet.EARTH.mass, Planet.X, list(Planet))
class Ops(Enum):
    ADD = 1
    @member
    def twice(x):
        return 2 * x
print([m.name for m in Ops], Ops.twice.value(4))

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print('ValueError', e)
try:
    @verify(CONTINUOUS)
    class Gap(IntEnum):
        A = 1
        C = 3
except ValueError as e:
    print('ValueError', e)
try:
    @verify(NAMED_FLAGS)
    class Alias(Flag):
        A = 1
        AB = 3
except ValueError as e:
    print('ValueError', e)

print(pickle.loads(pickle.dumps(Animal.CAT)) is Animal.CAT, copy.deepcopy(Perm.R | Perm.W))
print(pickle.loads(pickle.dumps(Perm.R | Perm.X)), enum.Flag in Perm.__mro__)
print(format(Kp.A | Kp.B), str(Perm.R), f'{Color.RED:>5}', dir(Shape.SQUARE)[:3])
print(Perm.__members__.keys(), Perm.R in Perm, 4 in Perm.__members__.values())
print([m.name for m in Kp], Kp(3).name, Perm(6).name, Perm(6).value)

import abc, _py_abc
class PyBase(metaclass=_py_abc.ABCMeta):
    @abc.abstractmethod
    def run(self): ...
PyBase.register(int)
print(isinstance(3, PyBase), issubclass(bool, PyBase), issubclass(str, PyBase))
try:
    PyBase()
except TypeError as e:
    print('TypeError', e)
class Hook(metaclass=_py_abc.ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        return hasattr(C, 'quack') or NotImplemented
class Duck:
    quack = 1
print(issubclass(Duck, Hook), isinstance(Duck(), Hook), issubclass(object, Hook))
