"""collections.abc: the collection ABCs, defined in _collections_abc (as in CPython)."""

from _collections_abc import *
from _collections_abc import __all__
from _collections_abc import _CallableGenericAlias

# collections' own containers are plain classes in aw; register them as CPython's are
# (subclasses or registered virtual subclasses of these ABCs).
import collections as _collections
MutableSequence.register(_collections.deque)
MutableMapping.register(_collections.UserDict)
MutableSequence.register(_collections.UserList)
Sequence.register(_collections.UserString)
MutableMapping.register(_collections.ChainMap)
KeysView.register(_collections._odict_keys)
ItemsView.register(_collections._odict_items)
ValuesView.register(_collections._odict_values)
del _collections
