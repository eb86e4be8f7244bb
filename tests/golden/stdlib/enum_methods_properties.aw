from enum import Enum
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, round(Planet.EARTH.surface_gravity, 2), Planet.EARTH.mass)
class Shape(Enum):
    SQUARE = 2
    CIRCLE = 3
    def describe(self):
        return f'{self.name} with value {self.value}'
    def __str__(self):
        return 'shape ' + self.name.lower()
    @classmethod
    def default(cls):
        return cls.SQUARE
print(Shape.SQUARE, [Shape.SQUARE], Shape.CIRCLE.describe(), Shape.default())
