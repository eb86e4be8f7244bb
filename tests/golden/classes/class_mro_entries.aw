# PEP 560 __mro_entries__: generic aliases and other non-class bases, __orig_bases__.
import typing
from typing import Generic, TypeVar, List, Dict
T = TypeVar("T")
class Box(Generic[T]):
    def __init__(self, v): self.v = v
print(Box(3).v, Box.__mro__[-1])
class MyList(List[int]):
    pass
m = MyList([1, 2]); m.append(3)
print(m, MyList.__bases__, MyList.__orig_bases__)
class MyDict(typing.Dict[str, int], metaclass=type):
    pass
print(MyDict(a=1), MyDict.__mro__[1])
class Entry:
    def __mro_entries__(self, bases):
        return (int,)
class N(Entry()):
    pass
print(N(5) + 1, N.__bases__, len(N.__orig_bases__))
class Bad:
    def __mro_entries__(self, bases):
        return [int]
try:
    class Q(Bad()): pass
except TypeError as e:
    print(e)
