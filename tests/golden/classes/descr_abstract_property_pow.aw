# property.__isabstractmethod__ (any of fget/fset/fdel abstract) and ABCs that count an
# abstract setter; three-argument pow() asks an int subclass's own __pow__
import abc


class C(abc.ABC):
    @property
    @abc.abstractmethod
    def foo(self):
        return 3

    @foo.setter
    @abc.abstractmethod
    def foo(self, val):
        pass


print(C.__dict__['foo'].__isabstractmethod__, property(lambda s: 1).__isabstractmethod__, sorted(C.__abstractmethods__))
try:
    C()
except TypeError as e:
    print("TypeError:", e)


class D(C):
    @C.foo.getter
    def foo(self):
        return 4


print(D.__dict__['foo'].__isabstractmethod__, sorted(D.__abstractmethods__))


class E(D):
    @D.foo.setter
    def foo(self, val):
        pass


print(E.__dict__['foo'].__isabstractmethod__, E().foo)


def setter_only(self, v):
    pass


setter_only.__isabstractmethod__ = True
print(property(None, setter_only).__isabstractmethod__, property(None, None, setter_only).__isabstractmethod__)


class NotBool:
    def __bool__(self):
        raise ValueError("no truth")


def g(self):
    pass


g.__isabstractmethod__ = NotBool()
try:
    property(g).__isabstractmethod__
except ValueError as e:
    print("ValueError:", e)


class I(int):
    def __repr__(self):
        return 'I(%d)' % int(self)

    def __pow__(self, other, mod=None):
        return I(pow(int(self), int(other), None if mod is None else int(mod)))


class J(int):
    pass


print(repr(pow(I(2), I(3), I(5))), repr(pow(I(2), 3, 5)), pow(2, I(3), 5), pow(J(2), 3, 5), repr(I(2) ** 3))
