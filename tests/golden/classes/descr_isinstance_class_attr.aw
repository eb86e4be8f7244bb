# isinstance() asks a proxy's __class__ (a property or a __getattribute__ that poses as
# another class) when the real type does not match, also through ABCs
import abc


class Target:
    pass


class Proxy:
    def __init__(self, obj):
        self._obj = obj

    def __getattribute__(self, name):
        if name == '__class__':
            return type(object.__getattribute__(self, '_obj'))
        return object.__getattribute__(self, name)


class PosesAsInt:
    @property
    def __class__(self):
        return int


class Plain:
    pass


p = Proxy(Target())
print(isinstance(p, Target), isinstance(p, Proxy), isinstance(p, (str, Target)), type(p).__name__)
print(isinstance(PosesAsInt(), int), isinstance(PosesAsInt(), PosesAsInt), isinstance(PosesAsInt(), str))
print(isinstance(Plain(), Target), issubclass(Proxy, Target))


class Base(abc.ABC):
    pass


class Derived(Base):
    pass


class Fake:
    __class__ = Derived


print(isinstance(Fake(), Base), isinstance(Fake(), Derived), isinstance(Fake(), Fake))


class Broken:
    @property
    def __class__(self):
        raise AttributeError("no class")


print(isinstance(Broken(), Target))


class Raises:
    @property
    def __class__(self):
        raise ValueError("boom")


try:
    isinstance(Raises(), Target)
except ValueError as e:
    print("ValueError:", e)
