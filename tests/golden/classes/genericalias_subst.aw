# types.GenericAlias and typing aliases: __parameters__, substitution of type variables
# (list[T][int]), argument-count errors, copy/pickle/weakref of aliases, class subscription
import copy, pickle, weakref, contextvars
import collections.abc as cabc
from typing import TypeVar, List, Dict, Tuple

T = TypeVar('T')
K = TypeVar('K')
V = TypeVar('V')

print(list[T].__parameters__, dict[K, V].__parameters__, dict[str, list[V]].__parameters__)
print(list[int].__parameters__, dict[T, list[T]].__parameters__)
print(list[T][int], dict[K, V][str, int], dict[str, list[V]][float])
Pair = tuple[T, T]
print(Pair[int], Pair[list[str]], tuple[T, ...][bytes])
print(list[list[T]][int], dict[K, list[V]][str, float])
print(list[List[T]].__parameters__, list[List[T]][int], list[Dict[K, V]].__parameters__)
print(List[T][int], Dict[K, V][str, bytes], Dict[T, List[T]][str], Tuple[T, int][str])
print(cabc.Callable[[K], V][int, str], cabc.Callable[[K, V], K].__parameters__)
for bad in (lambda: list[int][str], lambda: dict[K, V][int], lambda: list[T][int, str]):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

print(T.__module__, copy.deepcopy(T) is T, pickle.loads(pickle.dumps(T)) is T)
a = dict[str, list[T]]
print(copy.copy(a) == a, copy.deepcopy(a) == a, pickle.loads(pickle.dumps(a)) == a)
print(copy.deepcopy(a).__parameters__[0] is T, a.__reduce__())
r = weakref.ref(a)
print(r() is a)
print(weakref.ref[int], contextvars.ContextVar[int], contextvars.Token[str])
import re
print(re.Pattern[str], re.Match[str], re.Match[bytes].__args__, re.Match[str] == re.Match[str])
