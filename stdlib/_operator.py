"""_operator: the native half of CPython's operator module. aw's operator module is Python
(stdlib/operator.py); this module gives the same functions, plus _compare_digest."""

from operator import *
from _hashlib import compare_digest as _compare_digest
