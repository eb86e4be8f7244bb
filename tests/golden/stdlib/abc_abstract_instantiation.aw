# Instantiating a class with abstract methods raises CPython's exact TypeError.
from abc import ABC, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

class Polygon(ABC):
    @abstractmethod
    def sides(self): ...
    @abstractmethod
    def area(self): ...
    @property
    @abstractmethod
    def name(self): ...

for cls in (Shape, Polygon):
    try:
        cls()
    except TypeError as e:
        print(e)

class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s * self.s

print(Square(3).area())
print(Square.__abstractmethods__, sorted(Polygon.__abstractmethods__))

class Half(Polygon):
    def sides(self): return 4
try:
    Half()
except TypeError as e:
    print(e)

class Full(Half):
    name = "full"
    def area(self): return 1
print(Full().name, Full().area())
