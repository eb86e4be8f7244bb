"""_codecs: the names CPython's C codec registry exports, for pickles that refer to
_codecs.encode (they are aw's codecs.py functions)."""

from codecs import encode, decode, lookup, register, escape_decode, lookup_error, register_error
