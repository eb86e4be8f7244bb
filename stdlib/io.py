"""io: the I/O class hierarchy, in-memory streams (StringIO, BytesIO) and open().

The file types are native (interp/file.c, module name _io): open() returns a TextIOWrapper,
a BufferedReader / BufferedWriter / BufferedRandom or a FileIO, which the abstract bases here
register as CPython's io does. Built over a Python stream (TextIOWrapper(BytesIO())), a native
file delegates to CPython's pure-Python implementation (_pyio). StringIO and BytesIO are
written here in Python after CPython's _io semantics: a write at the end appends a chunk
(amortised O(1)); any other access joins the chunks into one value first. Messages and reprs
follow CPython 3.11.
"""

import sys as _sys
import abc as _abc

__all__ = ["BlockingIOError", "open", "IOBase", "RawIOBase", "FileIO", "BytesIO", "StringIO",
           "BufferedIOBase", "BufferedReader", "BufferedWriter", "BufferedRWPair",
           "BufferedRandom", "TextIOBase", "TextIOWrapper", "UnsupportedOperation",
           "SEEK_SET", "SEEK_CUR", "SEEK_END", "DEFAULT_BUFFER_SIZE", "text_encoding",
           "IncrementalNewlineDecoder"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192

open = open


def open_code(path):
    """Opens the file at path for reading as bytes, the way an importer reads source."""
    if not isinstance(path, str):
        raise TypeError(f"open_code() argument 'path' must be str, not {type(path).__name__}")
    return open(path, "rb")

BlockingIOError = BlockingIOError


class UnsupportedOperation(OSError, ValueError):
    pass


class IOBase(metaclass=_abc.ABCMeta):
    """The abstract base class for all I/O classes.

    The default methods describe a stream that cannot be read, written or seeked; subclasses
    override what they support (CPython's _pyio.IOBase). aw calls no __del__ on collection:
    a stream a program drops unclosed is not flushed (SPEC.md).
    """

    def _unsupported(self, name):
        raise UnsupportedOperation(name)

    def seek(self, pos, whence=0):
        self._unsupported("seek")

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        self._unsupported("truncate")

    def flush(self):
        self._checkClosed()

    __closed = False

    def close(self):
        if not self.__closed:
            try:
                self.flush()
            finally:
                self.__closed = True

    @property
    def closed(self):
        return self.__closed

    def seekable(self):
        return False

    def readable(self):
        return False

    def writable(self):
        return False

    def _checkSeekable(self, msg=None):
        if not self.seekable():
            raise UnsupportedOperation("File or stream is not seekable." if msg is None else msg)

    def _checkReadable(self, msg=None):
        if not self.readable():
            raise UnsupportedOperation("File or stream is not readable." if msg is None else msg)

    def _checkWritable(self, msg=None):
        if not self.writable():
            raise UnsupportedOperation("File or stream is not writable." if msg is None else msg)

    def _checkClosed(self, msg=None):
        if self.closed:
            raise ValueError("I/O operation on closed file." if msg is None else msg)

    _check_closed = _check_open = _checkClosed

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def fileno(self):
        self._unsupported("fileno")

    def isatty(self):
        self._checkClosed()
        return False

    def readline(self, size=-1):
        if size is None:
            size = -1
        elif not hasattr(size, "__index__"):
            raise TypeError(f"{size!r} is not an integer")
        else:
            size = size.__index__()
        peek = getattr(self, "peek", None)
        res = bytearray()
        while size < 0 or len(res) < size:
            n = 1
            if peek is not None:
                ahead = peek(1)
                if ahead:
                    n = (ahead.find(b"\n") + 1) or len(ahead)
                    if size >= 0:
                        n = min(n, size - len(res))
            b = self.read(n)
            if not b:
                break
            res += b
            if res.endswith(b"\n"):
                break
        return bytes(res)

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        if hint is None or hint <= 0:
            return list(self)
        lines, total = [], 0
        for line in self:
            lines.append(line)
            total += len(line)
            if total >= hint:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    """Base class for raw binary I/O: read() and readall() are built on readinto()."""

    def read(self, size=-1):
        if size is None:
            size = -1
        if size < 0:
            return self.readall()
        b = bytearray(size.__index__())
        n = self.readinto(b)
        if n is None:
            return None
        del b[n:]
        return bytes(b)

    def readall(self):
        res = bytearray()
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if not data:
                break
            res += data
        if res:
            return bytes(res)
        return data

    def readinto(self, b):
        raise NotImplementedError

    def write(self, b):
        raise NotImplementedError


class BufferedIOBase(IOBase):
    """Base class for buffered binary I/O: readinto() is built on read()."""

    def read(self, size=-1):
        self._unsupported("read")

    def read1(self, size=-1):
        self._unsupported("read1")

    def readinto(self, b):
        return self._readinto(b, read1=False)

    def readinto1(self, b):
        return self._readinto(b, read1=True)

    def _readinto(self, b, read1):
        if not isinstance(b, memoryview):
            b = memoryview(b)
        b = b.cast('B')
        data = self.read1(len(b)) if read1 else self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def write(self, b):
        self._unsupported("write")

    def detach(self):
        self._unsupported("detach")


class TextIOBase(IOBase):
    """Base class for text I/O."""

    def read(self, size=-1):
        self._unsupported("read")

    def write(self, s):
        self._unsupported("write")

    def readline(self, size=-1):
        self._unsupported("readline")

    def detach(self):
        self._unsupported("detach")

    @property
    def encoding(self):
        return None

    @property
    def newlines(self):
        return None

    @property
    def errors(self):
        return None


class _MemoryIO:
    """What StringIO and BytesIO share: a value kept as chunks, a position, a closed flag."""

    def _setup(self, initial):
        self._chunks = [initial] if initial else []
        self._size = len(initial)
        self._pos = 0
        self._closed = False

    @property
    def closed(self):
        return self._closed

    def readable(self):
        self._check_open()
        return True

    writable = seekable = readable

    def flush(self):
        self._check_open()

    def _value(self):
        chunks = self._chunks
        if len(chunks) != 1:
            value = self._empty.join(chunks)
            self._chunks = chunks = [value] if value else []
            return value
        return chunks[0]

    def getvalue(self):
        self._check_open()
        return self._value()

    def tell(self):
        self._check_open()
        return self._pos

    def close(self):
        self._closed = True
        self._chunks = []

    def _write_value(self, s):
        n = len(s)
        if not n:
            return
        pos, size = self._pos, self._size
        if pos == size:
            self._chunks.append(s)
        else:
            v = self._value()
            if pos > size:
                v = v + self._pad * (pos - size)
            v = v[:pos] + s + v[pos + n:]
            self._chunks = [v]
        self._pos = pos + n
        if self._pos > size:
            self._size = self._pos

    def read(self, size=-1):
        self._check_open()
        if size is None or size < 0:
            size = self._size
        v = self._value()
        pos = self._pos
        if pos >= self._size:
            return self._empty
        r = v[pos:pos + size]
        self._pos = pos + len(r)
        return r

    def _readline(self, size, sep):
        self._check_open()
        v = self._value()
        pos = self._pos
        if pos >= self._size:
            return self._empty
        end = _line_end(v, pos, self._size, sep)
        if size is not None and size >= 0 and end > pos + size:
            end = pos + size
        self._pos = end
        return v[pos:end]

    def truncate(self, size=None):
        self._check_open()
        if size is None:
            size = self._pos
        elif size < 0:
            raise ValueError(f"Negative size value {size}")
        if size < self._size:
            self._chunks = [self._value()[:size]]
            self._size = size
        return size


def _line_end(v, pos, size, sep):
    """Where the line starting at pos ends (after its terminator), or size."""
    if sep:
        end = v.find(sep, pos)
        return size if end < 0 else end + len(sep)
    cr, lf = v.find('\r', pos), v.find('\n', pos)
    if cr < 0 and lf < 0:
        return size
    if cr < 0 or (0 <= lf < cr):
        return lf + 1
    return cr + 2 if v.startswith('\n', cr + 1) else cr + 1


# StringIO.newlines for each set of kinds seen (bits CR 1, LF 2, CRLF 4), as CPython's decoder
_NEWLINES = (None, '\r', '\n', ('\r', '\n'), '\r\n', ('\r', '\r\n'), ('\n', '\r\n'),
             ('\r', '\n', '\r\n'))


class StringIO(_MemoryIO, TextIOBase):
    """Text I/O implementation using an in-memory buffer."""

    __module__ = '_io'

    _empty = ''
    _pad = '\0'

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f"newline must be str or None, not {type(newline).__name__}")
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError(f"illegal newline value: {newline!r}")
        if initial_value is None:
            initial_value = ''
        elif not isinstance(initial_value, str):
            raise TypeError(f"initial_value must be str or None, not {type(initial_value).__name__}")
        self._newline = newline
        self._translating = newline is None or newline in ('\r', '\r\n')
        # what ends a line when reading: newline='' splits at \r, \n or \r\n (kept as is)
        self._sep = newline if newline in ('\r', '\r\n') else '' if newline == '' else '\n'
        # newline=None or '': the kinds of line ending written so far, as bits CR 1, LF 2, CRLF 4
        self._universal = newline is None or newline == ''
        self._seennl = 0
        if self._universal:
            self._note_newlines(initial_value)
        self._setup(self._translate(initial_value))

    def _note_newlines(self, s):
        if '\r' in s:
            crlf = s.count('\r\n')
            self._seennl |= ((s.count('\r') > crlf) | (s.count('\n') > crlf) << 1
                             | (crlf > 0) << 2)
        elif '\n' in s:
            self._seennl |= 2

    def _translate(self, s):
        nl = self._newline
        if nl is None:
            if '\r' in s:
                s = s.replace('\r\n', '\n').replace('\r', '\n')
        elif nl in ('\r', '\r\n') and '\n' in s:
            s = s.replace('\n', nl)
        return s

    def write(self, s):
        if self.closed:
            self._check_open()
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        n = len(s)
        if self._universal:
            self._note_newlines(s)
        if self._translating:
            s = self._translate(s)
        pos = self._pos
        if pos == self._size:           # the common case: appending
            if s:
                self._chunks.append(s)
                self._pos = self._size = pos + len(s)
        else:
            self._write_value(s)
        return n

    def readline(self, size=-1):
        return self._readline(size, self._sep)

    def __next__(self):
        # readline without the size argument, inlined: iterating is the common way to read
        if self.closed:
            self._check_open()
        chunks = self._chunks
        v = chunks[0] if len(chunks) == 1 else self._value()
        pos = self._pos
        if pos >= self._size:
            raise StopIteration
        end = _line_end(v, pos, self._size, self._sep)
        self._pos = end
        return v[pos:end]

    def seek(self, pos, whence=0):
        self._check_open()
        if whence == 0:
            if pos < 0:
                raise ValueError(f"Negative seek position {pos}")
            self._pos = pos
        elif whence in (1, 2):
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
            if whence == 2:
                self._pos = self._size
        else:
            raise ValueError(f"Invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def _check_open(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def flush(self):
        pass

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        self._check_open()
        return _NEWLINES[self._seennl]

    encoding = None
    errors = None

    def detach(self):
        raise UnsupportedOperation("detach")

    def __repr__(self):
        return f"<_io.StringIO object at {hex(id(self))}>"

    def __getstate__(self):
        return (self.getvalue(), self._newline, self._pos, None)


class BytesIO(_MemoryIO, BufferedIOBase):
    """Buffered I/O implementation using an in-memory bytes buffer."""

    __module__ = '_io'

    _empty = b''
    _pad = b'\0'

    def __init__(self, initial_bytes=b''):
        if initial_bytes is None:
            initial_bytes = b''
        elif isinstance(initial_bytes, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        self._setup(bytes(initial_bytes))

    def write(self, b):
        self._check_open()
        if not isinstance(b, bytes):
            if isinstance(b, bytearray):
                b = bytes(b)
            elif isinstance(b, (str, list)):
                raise TypeError(f"a bytes-like object is required, not '{type(b).__name__}'")
            else:   # memoryview, array and other buffers: their bytes (len is nbytes)
                try:
                    b = memoryview(b).tobytes()
                except TypeError:
                    raise TypeError(f"a bytes-like object is required, not '{type(b).__name__}'") from None
        self._write_value(b)
        return len(b)

    def readline(self, size=-1):
        return self._readline(size, b'\n')

    def __iter__(self):
        return self

    def read1(self, size=-1):
        return self.read(size)

    def readinto(self, buffer):
        data = self.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)

    def seek(self, pos, whence=0):
        self._check_open()
        if whence == 0:
            if pos < 0:
                raise ValueError(f"negative seek value {pos}")
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, self._size + pos)
        else:
            raise ValueError(f"invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def getbuffer(self):
        self._check_open()
        return bytearray(self._value())

    def __repr__(self):
        return f"<_io.BytesIO object at {hex(id(self))}>"


def _native_types():
    """aw's file types by name: the built-in subclasses of the hidden base of sys.__stdout__'s
    type (_io._IOBase)."""
    base = type(_sys.__stdout__).__base__
    return {t.__name__: t for t in base.__subclasses__() if t.__module__ == '_io'}


_types = _native_types()
FileIO = _types['FileIO']
BufferedReader = _types['BufferedReader']
BufferedWriter = _types['BufferedWriter']
BufferedRandom = _types['BufferedRandom']
BufferedRWPair = _types['BufferedRWPair']
TextIOWrapper = _types['TextIOWrapper']
del _types

RawIOBase.register(FileIO)
for _klass in (BufferedReader, BufferedWriter, BufferedRandom, BufferedRWPair):
    BufferedIOBase.register(_klass)
TextIOBase.register(TextIOWrapper)
del _klass


def text_encoding(encoding, stacklevel=2):
    return "locale" if encoding is None else encoding


class IncrementalNewlineDecoder:
    """Translates '\\r\\n' and '\\r' to '\\n' in decoded text fed in pieces (a '\\r' at the end of
    one piece waits for the next), and records which newlines were seen."""

    _CR, _LF, _CRLF = 1, 2, 4

    def __init__(self, decoder, translate, errors='strict'):
        self.decoder = decoder
        self.translate = translate
        self.errors = errors
        self._seen = 0
        self._pendingcr = False

    def decode(self, input, final=False):
        output = input if self.decoder is None else self.decoder.decode(input, final=final)
        if self._pendingcr and (output or final):
            output = "\r" + output
            self._pendingcr = False
        if output.endswith("\r") and not final:
            output = output[:-1]
            self._pendingcr = True
        crlf = output.count('\r\n')
        cr = output.count('\r') - crlf
        lf = output.count('\n') - crlf
        self._seen |= (lf and self._LF) | (cr and self._CR) | (crlf and self._CRLF)
        if self.translate:
            if crlf:
                output = output.replace("\r\n", "\n")
            if cr:
                output = output.replace("\r", "\n")
        return output

    def getstate(self):
        if self.decoder is None:
            buf, flag = b"", 0
        else:
            buf, flag = self.decoder.getstate()
        flag <<= 1
        if self._pendingcr:
            flag |= 1
        return buf, flag

    def setstate(self, state):
        buf, flag = state
        self._pendingcr = bool(flag & 1)
        if self.decoder is not None:
            self.decoder.setstate((buf, flag >> 1))

    def reset(self):
        self._seen = 0
        self._pendingcr = False
        if self.decoder is not None:
            self.decoder.reset()

    @property
    def newlines(self):
        return (None, "\n", "\r", ("\r", "\n"), "\r\n", ("\n", "\r\n"), ("\r", "\r\n"),
                ("\r", "\n", "\r\n"))[self._seen]
