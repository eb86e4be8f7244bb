# typing features tutorials use at runtime: get_type_hints, TypedDict, NamedTuple, Generic,
# ParamSpec, TypeVarTuple, Annotated, Literal, Protocol
import typing
from typing import (Annotated, Any, Callable, ClassVar, Generic, Literal, NamedTuple,
                    Optional, ParamSpec, Protocol, TypedDict, TypeVar, TypeVarTuple, Union,
                    get_args, get_origin, get_type_hints, runtime_checkable)

T = TypeVar('T')
P = ParamSpec('P')
Ts = TypeVarTuple('Ts')


class Movie(TypedDict, total=False):
    title: str
    year: int


class Employee(NamedTuple):
    name: str
    id: int = 3


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item


class Node:
    next: Optional['Node']
    count: ClassVar[int] = 0


def decorator(f: Callable[P, T]) -> Callable[P, list[T]]:
    return f


def shape(*args: *Ts) -> tuple[*Ts]:
    return args


print(Movie(title='x'), Movie.__total__, sorted(Movie.__annotations__))
print(type(Movie(title='y')).__name__, sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__))
print(Employee('a'), Employee._fields, Employee.__annotations__)
print(Box[int], Box[int]('a').item, Box.__parameters__, get_origin(Box[int]), get_args(Box[int]))
print(get_type_hints(Node))
print(get_type_hints(decorator))
print(shape.__annotations__, get_type_hints(shape))
print(Annotated[int, 'meta'], get_type_hints(lambda: 0))
def g(x: Annotated[int, 'positive']) -> Literal['a', 'b']: ...
print(get_type_hints(g), get_type_hints(g, include_extras=True))
print(Union[int, str] == Union[str, int], Optional[int], Union[int, None] == int | None)
print(Callable[[int], str], Callable[P, int], Callable[..., int][()] if False else 'skip')
print(tuple[int, *Ts], typing.Tuple[*Ts], [*tuple[int]], tuple[int].__unpacked__, [*tuple[int]][0].__unpacked__)
print(list[*Ts] == list[*Ts], typing.Unpack[Ts])


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...


class F:
    def close(self): pass

print(isinstance(F(), Closable), isinstance(1, Closable))
for t in (typing.List, typing.Union[int, str], Callable[[int], str]):
    try:
        iter(t)
    except TypeError as e:
        print('TypeError', e)
try:
    class Bad(TypedDict):
        x: int
        def m(self): pass
except TypeError as e:
    print('TypeError', e)
print(typing.get_overloads.__name__, typing.reveal_type.__name__, typing.assert_never.__name__)
print(repr(T), repr(P), repr(Ts), P.args, P.kwargs)
