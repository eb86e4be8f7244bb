# typing: @runtime_checkable protocols and the SupportsX protocols check members structurally
# (fractions' own test asks isinstance(Fraction(3, 2), typing.SupportsInt)).
from typing import Protocol, runtime_checkable, SupportsInt, SupportsFloat, SupportsIndex, SupportsAbs, SupportsRound
from fractions import Fraction
from decimal import Decimal
import abc

@runtime_checkable
class Closable(Protocol):
    def close(self): ...

@runtime_checkable
class Named(Protocol):
    name: str

class File:
    def close(self): pass

class Person:
    def __init__(self): self.name = 'x'

class Blocked:
    close = None

print(isinstance(File(), Closable), isinstance(Person(), Closable), isinstance(Blocked(), Closable))
print(isinstance(Person(), Named), isinstance(File(), Named))
print(issubclass(File, Closable), issubclass(int, Closable))
try:
    issubclass(Person, Named)
except TypeError as e:
    print('TypeError', e)
print([isinstance(v, SupportsInt) for v in (1, 2.5, Fraction(3, 2), Decimal(1), 'x', None)])
print([isinstance(v, SupportsFloat) for v in (1, 2.5, 'x')], isinstance(3, SupportsIndex), isinstance(3.0, SupportsIndex))
print(isinstance(-1, SupportsAbs), isinstance('a', SupportsAbs), isinstance(1.5, SupportsRound))
print(issubclass(float, SupportsInt), issubclass(str, SupportsInt))
class Impl(Closable):
    pass
print(isinstance(Impl(), Closable), Impl._is_protocol, Closable._is_protocol)
try:
    class ProtoABC(Protocol, abc.ABC):
        def m(self): ...
except TypeError as e:
    print('TypeError', e)
class ProtoIt(Protocol, abc.ABC if False else object):
    def m(self): ...
import collections.abc
class ProtoSized(collections.abc.Sized, Protocol):
    pass
print(type(Closable).__name__, isinstance([], runtime_checkable(ProtoSized)), isinstance(3, ProtoSized))
try:
    runtime_checkable(File)
except TypeError as e:
    print('TypeError', e)
class Sub(Closable, Protocol):
    def open(self): ...
print(Sub._is_protocol, isinstance(File(), runtime_checkable(Sub)))
