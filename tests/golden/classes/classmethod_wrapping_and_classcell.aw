# classmethod/staticmethod show the wrapped function's __doc__; classmethod around another
# descriptor binds it with the class as instance and owner; __classcell__ checks; a
# metaclass's mro() is used; super()'s argument-count message.
from types import MethodType

def func(x):
    "func's doc"
    return x

for wrap in (classmethod, staticmethod):
    w = wrap(func)
    print(w.__doc__, w.__name__, w.__qualname__ == func.__qualname__, w.__wrapped__ is func)

class Klass:
    "class doc"
    @classmethod
    @property
    def __doc__(cls):
        return "computed doc for " + cls.__name__
print(Klass.__doc__)

class Binder:
    def __init__(self, f):
        self.f = f
    def __get__(self, instance, owner=None):
        return MethodType(self.f, instance)

class A:
    @classmethod
    @Binder
    def who(arg):
        return arg
print(A.who() is A, A().who() is A)

class DropCell(type):
    def __new__(mcls, name, bases, ns):
        ns.pop("__classcell__", None)
        return super().__new__(mcls, name, bases, ns)

try:
    class Uses(metaclass=DropCell):
        def f(self):
            return __class__
except RuntimeError as e:
    print("RuntimeError:", e)

class BadCell(type):
    def __new__(mcls, name, bases, ns, cell):
        ns["__classcell__"] = cell
        return super().__new__(mcls, name, bases, ns)

for bad in (None, 0, ""):
    try:
        class B(metaclass=BadCell, cell=bad):
            pass
    except TypeError as e:
        print("TypeError:", e)

class Other(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        type("Elsewhere", (), ns)
        return cls

try:
    class C(metaclass=Other):
        def f(self):
            return __class__
except TypeError as e:
    print("TypeError:", e)

seen = []
class Meta(type):
    def mro(cls):
        cls.__dict__["probe"]()
        return [cls, Mixin] + super().mro()[1:]

class Mixin:
    def hello(self):
        return "from Mixin"

class D(metaclass=Meta):
    def probe():
        seen.append(__class__)
print(seen[0] is D, [k.__name__ for k in D.__mro__], D().hello())

class BadMro(type):
    def mro(cls):
        return [cls, 1]
try:
    class E(metaclass=BadMro):
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    super(int, int, int)
except TypeError as e:
    print(e)
