# collections.abc: isinstance on built-in types through registration and __subclasshook__.
from collections.abc import (Iterable, Iterator, Sequence, MutableSequence, Mapping,
                             MutableMapping, Set, MutableSet, Callable, Hashable, Sized,
                             Container, Collection, Reversible, Generator, Awaitable,
                             Coroutine, AsyncIterator, AsyncIterable, AsyncGenerator,
                             KeysView, ItemsView, ValuesView, ByteString)
import collections

samples = [[], (), "", b"", {}, set(), frozenset(), range(3), iter([]), len, 3, None,
           (x for x in ()), {}.keys(), {}.items(), {}.values(), bytearray(),
           collections.deque(), collections.OrderedDict(), collections.Counter()]
abcs = [Iterable, Iterator, Sequence, MutableSequence, Mapping, MutableMapping, Set,
        MutableSet, Callable, Hashable, Sized, Container, Collection, Reversible, Generator,
        KeysView, ItemsView, ValuesView, ByteString]
for s in samples:
    print(type(s).__name__.ljust(16), ''.join('1' if isinstance(s, a) else '.' for a in abcs))

async def co():
    pass

async def ag():
    yield 1

c = co()
print(isinstance(c, Awaitable), isinstance(c, Coroutine), isinstance(c, Generator))
c.close()
a = ag()
print(isinstance(a, AsyncIterator), isinstance(a, AsyncIterable), isinstance(a, AsyncGenerator))
print(issubclass(list, Sequence), issubclass(dict, Sequence), issubclass(bool, Hashable))
print(issubclass(list, Hashable), isinstance([1], Hashable))
