# abstractclassmethod, abstractstaticmethod, abstractproperty and update_abstractmethods.
import abc

class Base(abc.ABC):
    @abc.abstractclassmethod
    def make(cls): ...
    @abc.abstractstaticmethod
    def helper(): ...
    @abc.abstractproperty
    def size(self): ...
    @classmethod
    @abc.abstractmethod
    def other(cls): ...

print(sorted(Base.__abstractmethods__))

class Impl(Base):
    @classmethod
    def make(cls): return cls()
    @staticmethod
    def helper(): return "help"
    @property
    def size(self): return 3
    @classmethod
    def other(cls): return "other"

i = Impl.make()
print(type(i).__name__, i.helper(), i.size, Impl.other())

class Late(abc.ABC):
    @abc.abstractmethod
    def run(self): ...

Late.run = lambda self: "ran"
try:
    Late()
except TypeError as e:
    print(e)
abc.update_abstractmethods(Late)
print(Late().run(), Late.__abstractmethods__)
print(isinstance(abc.get_cache_token(), int))
