"""collections.abc: the collection ABCs, defined in _collections_abc (as in CPython)."""

from _collections_abc import *
from _collections_abc import __all__

# collections' own containers are plain classes in aw; register them as CPython's are
# (subclasses or registered virtual subclasses of these ABCs).
import collections as _collections
MutableSequence.register(_collections.deque)
MutableMapping.register(_collections.UserDict)
MutableSequence.register(_collections.UserList)
Sequence.register(_collections.UserString)
MutableMapping.register(_collections.ChainMap)
del _collections
