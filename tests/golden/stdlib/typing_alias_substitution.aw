# Substituting type variables in types.GenericAlias and types.UnionType, PEP 646/612 included
import pickle, copy
from typing import (TypeVar, TypeVarTuple, ParamSpec, Concatenate, Generic, Tuple, List,
                    Callable, Union, Optional, Unpack, get_type_hints)
import collections.abc

T = TypeVar('T'); T2 = TypeVar('T2'); Ts = TypeVarTuple('Ts'); P = ParamSpec('P')

print(tuple[T, *Ts][int, str, bool])
print(tuple[T, *Ts][int])
print(tuple[*Ts, T][int, str, bool])
print(tuple[*Ts][int, *tuple[str, bool]])
print(tuple[*Ts][*tuple[int, ...]])
print(tuple[T, *Ts][int, *tuple[str, ...]])
print(tuple[T, *tuple[T, ...]][int])
print(Tuple[T, *Ts][int, str])
print(list[tuple[*Ts]][int, str], dict[T, list[T2]][str, int])
for bad in [lambda: tuple[T, *Ts][()], lambda: tuple[*Ts][int][str],
            lambda: dict[T, T2][int], lambda: list[T][int, str], lambda: list[int][str],
            lambda: tuple[*Ts, *Ts], lambda: tuple[*Ts][*Ts, *Ts] if False else tuple[T, T2][*Ts]]:
    try:
        print('ok', bad())
    except TypeError as e:
        print('TypeError', e)

# the unpacked alias itself
s = next(iter(tuple[int, str]))
print(s, s.__unpacked__, s.__typing_unpacked_tuple_args__, tuple[int].__typing_unpacked_tuple_args__)
print(next(iter(list[int])).__typing_unpacked_tuple_args__, s == tuple[int, str], hash(s) == hash(tuple[int, str]))
print(pickle.loads(pickle.dumps(s)), copy.copy(s), copy.deepcopy(s).__unpacked__)
print(s.__reduce__()[0] is next)

# unions: parameters, substitution, equality of generic members, __module__
u = int | list[T]
print(u.__parameters__, u[str], (list[T] | dict[T, T2])[int, bytes], (T | None) if False else None)
print(list[int] | list[int], (int | list[str]) == (list[str] | int), hash(int | list[str]) == hash(list[str] | int))
print((int | str).__module__, Union[int, list[T]][str], Optional[list[T]][int])
try:
    (int | str)[int]
except TypeError as e:
    print('TypeError', e)

# PEP 612: Callable[P, T] with a list or with plain types for P
C = collections.abc.Callable[P, T]
print(C[[int, str], bool], C[..., bool], C[Concatenate[int, P], T])
try:
    C[int, bool]
except TypeError as e:
    print('TypeError', e)
C1 = collections.abc.Callable[P, int]
print(C1[int, str], C1[[int, str]], C1[int, str] == C1[[int, str]])
print(Callable[P, T][[int], str], Callable[Concatenate[int, P], T][[str], bool])
print(collections.abc.Callable[[T], T2][int, str], collections.abc.Callable[[int], str].__args__)

# calling an alias records it on the instance
class Box(List[T]):
    pass
b = Box[int]()
print(b.__orig_class__, type(b).__name__, list[int]() == [], Generic in Box.__mro__)
class Slotted:
    __slots__ = ()
print(type(list[int])(Slotted, (int,))().__class__.__name__)

# a class with __iter__ = None is not iterable
class NoIter:
    __iter__ = None
for probe in (lambda: iter(NoIter()), lambda: list(NoIter()), lambda: [*NoIter()]):
    try:
        probe()
    except TypeError as e:
        print('TypeError', e)
for form in (Union, Union[int, str], List, Tuple, Callable):
    try:
        iter(form)
    except TypeError as e:
        print('TypeError', e)
