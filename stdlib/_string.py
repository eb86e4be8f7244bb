"""_string: the two parsers CPython keeps in C for string.Formatter (aw's are Python, in string.py)."""

import string as _s


def formatter_parser(s):
    if not isinstance(s, str):
        raise TypeError(f"expected str, got {type(s).__name__}")
    return _s._formatter_parser(s)


def formatter_field_name_split(s):
    if not isinstance(s, str):
        raise TypeError(f"expected str, got {type(s).__name__}")
    return _s._formatter_field_name_split(s)
