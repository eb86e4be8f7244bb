"""encodings: the part of CPython 3.11's encodings package programs use.

Provided: normalize_encoding, search_function (a CodecInfo or None, from codecs.lookup),
CodecRegistryError and the aliases submodule (encodings.aliases.aliases, CPython's table).
aw's codecs live in codecs.py and interp/charmap.c, not in per-codec submodules: there is no
encodings.cp1252 or encodings.utf_8 to import (SPEC.md).
"""
import codecs
import encodings.aliases as aliases

__all__ = ["normalize_encoding", "search_function", "CodecRegistryError"]

_cache = {}
_unknown = '--unknown--'


class CodecRegistryError(LookupError, SystemError):
    pass


def normalize_encoding(encoding):
    """ Normalize an encoding name.

        Normalization works as follows: all non-alphanumeric
        characters except the dot used for Python package names are
        collapsed and replaced with a single underscore, e.g. '  -;#'
        becomes '_'. Leading and trailing underscores are removed.

        Note that encoding names should be ASCII only.

    """
    if isinstance(encoding, bytes):
        encoding = str(encoding, "ascii")

    chars = []
    punct = False
    for c in encoding:
        if c.isalnum() or c == '.':
            if punct and chars:
                chars.append('_')
            if c.isascii():
                chars.append(c)
            punct = False
        else:
            punct = True
    return ''.join(chars)


def search_function(encoding):
    """The CodecInfo for encoding, or None if aw has no such codec."""
    entry = _cache.get(encoding, _unknown)
    if entry is not _unknown:
        return entry
    try:
        entry = codecs.lookup(encoding)
    except LookupError:
        entry = None
    _cache[encoding] = entry
    return entry
