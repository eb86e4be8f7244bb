print(repr(list[int]), repr(dict[str, list[int]]), tuple[int, ...], list[int](), list[int].__origin__, type(list[int]), list[int] == list[int], type[int])
print(list[int]("ab"), dict[str, int](a=1), list[int].__name__, list[int].__args__, dict[str, int].__args__, list[int].__parameters__)
try: isinstance([], list[int])
except TypeError as e: print(e)
try: issubclass(list, list[int])
except TypeError as e: print(e)
try: int[5]
except TypeError as e: print(e)
try: str[int]
except TypeError as e: print(e)
print(list[int] | None, None | list[int], int | list[str], hash(list[int]) == hash(list[int]), list[int] != list[str])
class MyList(list[int]):
    pass
print(MyList.__bases__, MyList.__mro__, MyList([1]))
print(list[()], tuple[()], dict[str, 'Node'])
import types, typing
print(types.GenericAlias(list, (int,)), types.GenericAlias(dict, str), isinstance(list[int], types.GenericAlias))
print(typing.get_origin(list[int]), typing.get_args(dict[str, int]), typing.get_origin(int | str))
from collections import deque, defaultdict, OrderedDict, Counter
print(deque[int], defaultdict[str, int], OrderedDict[str, int], Counter[str])
def f(x: list[int]) -> dict[str, set[int]]: pass
x: list[tuple[int, str]] = []
print(__annotations__)
from dataclasses import dataclass, fields
@dataclass
class D:
    items: list[str]
    m: dict[str, int] | None = None
print([str(f.type) for f in fields(D)])
print(type[int], frozenset[str], set[bytes], enumerate[int])
print(list[int][0] if False else '', repr(list[list[int]]))
import typing, collections.abc
from typing import Iterable, List, Dict, Callable, Sequence, Mapping, Optional, Any, Tuple, Generic, TypeVar
print(Iterable[int], List[int], Dict[str, int], Callable[[int], str], Sequence[str], Mapping[str, int], Tuple[int, ...])
print(collections.abc.Iterable[int], collections.abc.Callable[[int], str] if False else '', isinstance([], collections.abc.Iterable))
T = TypeVar('T')
class Box(Generic[T]):
    def __init__(self, v: T): self.v = v
print(Box[int](5).v, Box.__mro__[-2:])
def f(x: Iterable[int]) -> Optional[List[str]]: pass
class C(collections.abc.Sequence):
    def __getitem__(self, i): return [1,2][i]
    def __len__(self): return 2
print(list(C()), C()[1])
from dataclasses import dataclass, field, fields
from typing import Optional
@dataclass
class Item:
    name: str
    price: float | None = None
    tags: list[str] | None = None
    qty: int = 0
i = Item("x", 1.5)
print(i, [f.name for f in fields(Item)], [str(f.type) for f in fields(Item)])
def describe(v: int | str | None) -> str:
    match v:
        case int() | str():
            return "val"
    return "none"
print(describe(3), describe(None))
print(isinstance("s", int | str | None))
for bad in (lambda: list[int][str], lambda: dict[str, list[int]][0]):
    try:
        bad()
    except TypeError as e:
        print(e)
