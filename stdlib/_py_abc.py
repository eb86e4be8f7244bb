"""_py_abc: CPython's pure-Python ABCMeta and get_cache_token.

aw: abc.ABCMeta is already that pure-Python implementation (stdlib/abc.py, with plain sets for
its registry and caches), so this module names the same objects instead of a second copy.
"""

from abc import ABCMeta, get_cache_token

__all__ = ['ABCMeta', 'get_cache_token']
