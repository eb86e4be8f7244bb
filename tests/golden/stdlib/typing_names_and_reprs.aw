from typing import List, Dict, Optional, Any, Callable, Tuple, Union, Iterable, Iterator, AsyncIterator, Awaitable, Coroutine, TypeVar, Generic, Set, Sequence, Mapping, Literal, Type, ClassVar
import typing
T = TypeVar('T')
K = TypeVar('K', covariant=True)
print(List, List[int], Dict[str, int], Optional[int], Union[int, str], Union[int, None, str], Any, T, K)
print(Tuple[int, ...], Callable[[int, str], bool], Callable[..., int], Iterable[str], Literal['a', 1], Set[int], Type[int])
print(Union[int, int], Optional[Union[int, str]], typing.Deque[int], ClassVar[int])
print(typing.get_origin(List[int]), typing.get_args(Dict[str, int]), typing.get_origin(Union[int, str]) is Union)
print(typing.cast(int, 'x'), List[int] == List[int], typing.TYPE_CHECKING)
