# collections.abc.Callable[[args], result] is a _CallableGenericAlias (a types.GenericAlias
# subclass): flattened __args__, its own repr, pickling, unions; GenericAlias is subclassable.
import collections.abc as cabc
print(list[[int], str])
print(list[[int, [str]], ...])
print(cabc.Callable[[int], int])
print(cabc.Callable[[int], int].__args__)
print(cabc.Callable[..., int], cabc.Callable[..., int].__args__)
print(cabc.Callable[[], None])
print(type(cabc.Callable[[int], int]).__name__)
import typing
print(typing.Callable[[int], str], typing.Callable[..., str])
print(bool | cabc.Callable[[int], int])
import pickle, copy
a = cabc.Callable[[int, str], float]
print(a == cabc.Callable[[int, str], float], hash(a) == hash(cabc.Callable[[int, str], float]))
print(pickle.loads(pickle.dumps(a)), copy.copy(a), a.__reduce__()[1])
print(isinstance(a, __import__('types').GenericAlias), a.__origin__)
for bad in (int, (int,), ([int], str, bytes), (5, int)):
    try:
        cabc.Callable[bad]
    except TypeError as e:
        print("TypeError:", e)
print(cabc.Callable[[cabc.Callable[[int], str]], list[int]])
def f(): pass
print(cabc.Callable[[f], None])
print(int | cabc.Callable[..., int] | None)
from types import GenericAlias


class Tagged(GenericAlias):
    __slots__ = ()

    def __new__(cls, origin, args):
        return super().__new__(cls, origin, args)

    def __repr__(self):
        return "tagged " + super().__repr__()


t = Tagged(dict, (str, int))
print(t, t.__args__, type(t).__name__, isinstance(t, GenericAlias), t == dict[str, int])
print(bool | t, t(a=1))
