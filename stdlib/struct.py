"""struct: bytes from values by a format string and back (CPython's struct module).

The work is done by the native `_struct`; this module adds struct.error, the Struct class,
pack_into and iter_unpack.
"""
from _struct import calcsize, pack, unpack, unpack_from, _set_error

__all__ = ["calcsize", "pack", "pack_into", "unpack", "unpack_from", "iter_unpack", "Struct", "error"]


class error(Exception):
    pass


error.__module__ = "struct"
_set_error(error)


def _clearcache():
    """Clear the internal cache (aw keeps no cache of formats)."""


def pack_into(fmt, buffer, offset, *v):
    if not isinstance(buffer, (bytearray, memoryview)) or (isinstance(buffer, memoryview) and buffer.readonly):
        if type(buffer).__name__ != "array":
            raise TypeError(f"argument must be read-write bytes-like object, not {type(buffer).__name__}")
    data = pack(fmt, *v)
    is_array = type(buffer).__name__ == "array"
    size = len(buffer) * buffer.itemsize if is_array else len(buffer)
    if offset < 0:
        if offset + len(data) > 0:
            raise error("no space to pack %d bytes at offset %d" % (len(data), offset))
        if offset + size < 0:
            raise error("offset %d out of range for %d-byte buffer" % (offset, size))
        offset += size
    if size - offset < len(data):
        raise error("pack_into requires a buffer of at least %d bytes for packing %d bytes at offset %d (actual buffer size is %d)"
                    % (len(data) + offset, len(data), offset, size))
    if is_array:   # aw's array exports a copy of its bytes: rebuild its items from the patched bytes
        raw = bytearray(buffer.tobytes())
        raw[offset:offset + len(data)] = data
        buffer[:] = type(buffer)(buffer.typecode, bytes(raw))
        return
    buffer[offset:offset + len(data)] = data


class unpack_iterator:
    """What iter_unpack returns: the tuples of each size-byte chunk, with __length_hint__."""

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create '_struct.unpack_iterator' instances")

    def __iter__(self):
        return self

    def __next__(self):
        if self._pos + self._size > len(self._data):
            self._data, self._pos = b"", 0
            raise StopIteration
        pos = self._pos
        self._pos = pos + self._size
        return unpack(self._fmt, self._data[pos:pos + self._size])

    def __length_hint__(self):
        return (len(self._data) - self._pos) // self._size


unpack_iterator.__module__ = "_struct"


def iter_unpack(fmt, buffer):
    size = calcsize(fmt)
    if size == 0:
        raise error("cannot iteratively unpack with a struct of length 0")
    data = buffer if isinstance(buffer, bytes) else memoryview(buffer).tobytes()
    if len(data) % size:
        raise error("iterative unpacking requires a buffer of a multiple of %d bytes" % size)
    it = object.__new__(unpack_iterator)
    it._fmt, it._data, it._pos, it._size = fmt, data, 0, size
    return it


class Struct:
    """A compiled format: Struct(fmt).pack(...), .unpack(b), .size, .format."""

    size = -1   # what a Struct whose __init__ has not run reports, as CPython's

    def __init__(self, format):
        if isinstance(format, str) and not format.isascii():
            calcsize(format)   # CPython's UnicodeEncodeError, before anything changes
        self.format = format.decode("latin-1") if isinstance(format, bytes) else format
        self.size = calcsize(format)

    def pack(self, *v):
        return pack(self.format, *v)

    def pack_into(self, buffer, offset, *v):
        pack_into(self.format, buffer, offset, *v)

    def unpack(self, buffer):
        return unpack(self.format, buffer)

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self.format, buffer, offset)

    def iter_unpack(self, buffer):
        return iter_unpack(self.format, buffer)


Struct.__module__ = "_struct"   # CPython's class lives in the C module
