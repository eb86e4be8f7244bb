# isinstance/issubclass with class-like objects (a tuple __bases__) and a __class__ that
# differs from type(obj), as CPython's abstract protocol.
class AbstractClass:
    def __init__(self, bases):
        self.bases = bases
    def getbases(self):
        return self.bases
    __bases__ = property(getbases)
    def __call__(self):
        return AbstractInstance(self)

class AbstractInstance:
    def __init__(self, klass):
        self.klass = klass
    def getclass(self):
        return self.klass
    __class__ = property(getclass)

AbstractSuper = AbstractClass(bases=())
AbstractChild = AbstractClass(bases=(AbstractSuper,))
Diamond = AbstractClass(bases=(AbstractSuper, AbstractChild))

print(isinstance(AbstractChild(), AbstractChild), isinstance(AbstractChild(), AbstractSuper))
print(isinstance(AbstractSuper(), AbstractChild), isinstance(Diamond(), AbstractSuper))
print(issubclass(AbstractChild, AbstractSuper), issubclass(AbstractSuper, AbstractChild))
print(issubclass(Diamond, AbstractChild), issubclass(Diamond, (int, AbstractSuper)))

class Real:
    pass

class Pretender:
    @property
    def __class__(self):
        return Real
print(isinstance(Pretender(), Real), isinstance(Pretender(), Pretender), type(Pretender()).__name__)

class Liar:
    @property
    def __class__(self):
        return 42
print(isinstance(Liar(), Real))

class NoBases:
    pass
for args in ((1, NoBases()), (NoBases(), int)):
    try:
        print(isinstance(*args))
    except TypeError as e:
        print("TypeError:", e)
for args in ((NoBases(), int), (int, NoBases())):
    try:
        print(issubclass(*args))
    except TypeError as e:
        print("TypeError:", e)

class Boom:
    @property
    def __bases__(self):
        raise RuntimeError("bases exploded")
try:
    isinstance(1, Boom())
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    issubclass(Boom(), int)
except RuntimeError as e:
    print("RuntimeError:", e)

class Deep:
    @property
    def __bases__(self):
        return (self, self)
for args in ((Deep(), int), (Deep(), Deep())):
    try:
        issubclass(*args)
    except RecursionError:
        print("RecursionError")

print(type.__instancecheck__(Real, Pretender()), type.__subclasscheck__(AbstractSuper.__class__, AbstractClass))
print(isinstance(3, int | str), issubclass(bool, (str, int)), isinstance(None, type(None) | int))

import types
class FakeNamespace(str):
    __class__ = types.SimpleNamespace
print(isinstance(FakeNamespace(), types.SimpleNamespace), types.SimpleNamespace() == FakeNamespace())
