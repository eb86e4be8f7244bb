# Virtual subclasses through register() and __subclasshook__.
from abc import ABC, ABCMeta, abstractmethod

class Drawable(ABC):
    pass

@Drawable.register
class Circle:
    pass

print(issubclass(Circle, Drawable), isinstance(Circle(), Drawable))
print(issubclass(int, Drawable))
Drawable.register(int)
print(issubclass(int, Drawable), issubclass(bool, Drawable), isinstance(7, Drawable))
print(Drawable.register(str) is str)

class Quacker(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if any("quack" in B.__dict__ for B in C.__mro__):
            return True
        return NotImplemented

class Duck:
    def quack(self):
        return "Quack"

class Robot(Duck):
    pass

print(isinstance(Duck(), Quacker), issubclass(Robot, Quacker), isinstance(1, Quacker))
print(isinstance(Circle(), (int, Drawable)))
try:
    issubclass(3, Drawable)
except TypeError as e:
    print(e)
try:
    Drawable.register(3)
except TypeError as e:
    print(e)
try:
    Drawable.register(Drawable)
    class Sub(Drawable): pass
    Sub.register(Drawable)
except RuntimeError as e:
    print(e)
print(type(Drawable).__name__, Drawable.__module__, type(Drawable))
