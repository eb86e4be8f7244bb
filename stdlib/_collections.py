"""_collections: the native half of CPython's collections module. aw's collections are written
in Python (stdlib/collections.py); this module names the same objects for code that imports
them from here. namedtuple fields are properties in aw, so there is no _tuplegetter."""

from collections import deque, defaultdict, OrderedDict, _count_elements
