# PEP 560: __mro_entries__ is found as an ordinary attribute, so a function (typing.NamedTuple,
# typing.TypedDict) or an instance can stand for its base classes
from typing import NamedTuple, TypedDict, Generic, TypeVar

class Base:
    pass

def maker():
    pass
maker.__mro_entries__ = lambda bases: (Base,)

class C(maker):
    pass
print(C.__mro__, C.__orig_bases__ == (maker,))

class Holder:
    pass
h = Holder()
h.__mro_entries__ = lambda bases: (dict,)
class D(h):
    pass
print(D.__bases__, D.__orig_bases__[0] is h)

class Point(NamedTuple):
    x: int
    y: int = 0
p = Point(1)
print(p, p._fields, p._field_defaults, Point.__bases__, Point.__orig_bases__ == (NamedTuple,))

T = TypeVar('T')

class Movie(TypedDict, total=False):
    title: str
    year: int
class Rated(Movie):
    rating: float
m = Rated(title='x', rating=1.5)
print(m, type(m).__name__, sorted(Rated.__required_keys__), sorted(Rated.__optional_keys__))
print(Rated.__total__, Movie.__total__, Rated.__orig_bases__ if '__orig_bases__' in Rated.__dict__ else None)

def bad():
    pass
bad.__mro_entries__ = lambda bases: [Base]
try:
    class E(bad):
        pass
except TypeError as e:
    print('TypeError', e)

# type() itself refuses bases that need resolving; types.new_class resolves them
import types
T = TypeVar('T')
for bases in [(Generic[T],), (list[int],), (maker,)]:
    try:
        type('X', bases, {})
    except TypeError as e:
        print('TypeError', e)
G = types.new_class('G', (Generic[T],), {})
print(G.__orig_bases__, G[int].__args__, G.__mro__[1:])
