# typing's collection aliases: isinstance/issubclass through collections.abc, subclassing typing.Mapping.
import typing
from typing import Iterable, Mapping, Callable, ContextManager, Sequence
print(Iterable, Mapping[str, int], Callable[[int], str], typing.List[int], ContextManager)
class MyMap(typing.Mapping):
    def __getitem__(self, k): return k
    def __iter__(self): return iter("ab")
    def __len__(self): return 2
m = MyMap()
print(dict(m.items()), m.get("z"), isinstance(m, Mapping), MyMap.__mro__[1])
print(typing.get_origin(Sequence[int]), typing.get_args(Mapping[str, int]))
print(isinstance(3, (Iterable, int)), issubclass(dict, Mapping), issubclass(int, Sequence))
try:
    isinstance([], Iterable[int])
except TypeError as e:
    print(e)
try:
    isinstance(1, 2)
except TypeError as e:
    print(e)
try:
    issubclass(int, 2)
except TypeError as e:
    print(e)
