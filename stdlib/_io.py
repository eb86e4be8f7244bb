"""_io: the native half of CPython's io module. aw's io is written in Python (stdlib/io.py);
this module names the same objects for code that imports them from here."""

from io import (open, open_code, FileIO, BytesIO, StringIO, BufferedReader, BufferedWriter, BufferedRWPair,
                BufferedRandom, TextIOWrapper, IncrementalNewlineDecoder, DEFAULT_BUFFER_SIZE,
                UnsupportedOperation, BlockingIOError, text_encoding)
from io import (IOBase as _IOBase, RawIOBase as _RawIOBase, BufferedIOBase as _BufferedIOBase,
                TextIOBase as _TextIOBase)
