"""array: CPython 3.11's typed arrays (typecodes b B u h H i I l L q Q f d), written in
Python for aw. Values are checked and converted as CPython's C module does (ranges, its
OverflowError and TypeError messages, 'f' rounded to single precision) and kept in a list;
tobytes/frombytes use struct's native layout. Differences (SPEC.md): bytes(), bytearray(),
concatenation and memoryview() see an array's bytes through __buffer__ (a copy; PEP 688),
buffer_info() gives id() as the address."""

import struct as _struct

typecodes = 'bBuhHiIlLqQfd'

_ITEMSIZE = {'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8,
             'q': 8, 'Q': 8, 'f': 4, 'd': 8}

_NO_INIT = object()   # array(tc) without an initializer (None is refused, as CPython)

_LONG_MIN, _LONG_MAX, _ULONG_MAX = -2 ** 63, 2 ** 63 - 1, 2 ** 64 - 1


def _as_index(v):
    try:
        index = type(v).__index__
    except AttributeError:
        raise TypeError(f"'{type(v).__name__}' object cannot be interpreted as an integer") from None
    return index(v)


def _range_error(lo, hi, v, what_lo, what_hi):
    if v < lo:
        raise OverflowError(what_lo)
    if v > hi:
        raise OverflowError(what_hi)


def _check_signed(v, bits, name):
    _range_error(-2 ** (bits - 1), 2 ** (bits - 1) - 1, v,
                 f"{name} is less than minimum", f"{name} is greater than maximum")


def _to_long(v):
    v = _as_index(v)
    if not _LONG_MIN <= v <= _LONG_MAX:
        raise OverflowError("Python int too large to convert to C long")
    return v


def _conv_b(v):
    v = _to_long(v)
    _check_signed(v, 16, "signed short integer")
    _check_signed(v, 8, "signed char")
    return v


def _conv_B(v):
    v = _to_long(v)
    _range_error(0, 255, v, "unsigned byte integer is less than minimum",
                 "unsigned byte integer is greater than maximum")
    return v


def _conv_h(v):
    v = _to_long(v)
    _check_signed(v, 16, "signed short integer")
    return v


def _conv_H(v):
    v = _to_long(v)
    _check_signed(v, 32, "signed integer")
    _range_error(0, 65535, v, "unsigned short is less than minimum",
                 "unsigned short is greater than maximum")
    return v


def _conv_i(v):
    v = _to_long(v)
    _check_signed(v, 32, "signed integer")
    return v


def _to_ulong(v):
    v = _as_index(v)
    if v < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if v > _ULONG_MAX:
        raise OverflowError("Python int too large to convert to C unsigned long")
    return v


def _conv_I(v):
    v = _to_ulong(v)
    if v > 2 ** 32 - 1:
        raise OverflowError("unsigned int is greater than maximum")
    return v


def _conv_q(v):
    v = _as_index(v)
    if not _LONG_MIN <= v <= _LONG_MAX:
        raise OverflowError("int too big to convert")
    return v


def _conv_Q(v):
    v = _as_index(v)
    if v < 0:
        raise OverflowError("can't convert negative int to unsigned")
    if v > _ULONG_MAX:
        raise OverflowError("int too big to convert")
    return v


def _to_float(v):
    if isinstance(v, float):
        return v
    t = type(v)
    if hasattr(t, '__float__') or hasattr(t, '__index__'):
        return float(v)
    raise TypeError(f"must be real number, not {t.__name__}")


def _conv_f(v):
    v = _to_float(v)
    try:
        return _struct.unpack('f', _struct.pack('f', v))[0]
    except OverflowError:
        return float('inf') if v > 0 else float('-inf')


def _conv_u(v):
    if not isinstance(v, str) or len(v) != 1:
        raise TypeError("array item must be unicode character")
    return v


_CONVERT = {'b': _conv_b, 'B': _conv_B, 'u': _conv_u, 'h': _conv_h, 'H': _conv_H,
            'i': _conv_i, 'I': _conv_I, 'l': _to_long, 'L': _to_ulong, 'q': _conv_q,
            'Q': _conv_Q, 'f': _conv_f, 'd': _to_float}


class array:
    """array(typecode [, initializer]) -> array

Return a new array whose items are restricted by typecode, and
initialized from the optional initializer value, which must be a list,
string or iterable over elements of the appropriate type."""

    __slots__ = ('_typecode', '_items', '__weakref__')

    def __new__(cls, typecode, initializer=_NO_INIT, /, **kwargs):
        if kwargs and cls is array:
            raise TypeError("array.array() takes no keyword arguments")
        if not isinstance(typecode, str) or len(typecode) != 1:
            if isinstance(typecode, str):
                raise TypeError(f"array() argument 1 must be a unicode character, not str")
            raise TypeError(f"array() argument 1 must be a unicode character, not {type(typecode).__name__}")
        if typecode not in _ITEMSIZE:
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        self = object.__new__(cls)
        self._typecode = typecode
        self._items = []
        if initializer is _NO_INIT:
            return self
        if isinstance(initializer, str):
            if typecode != 'u':
                raise TypeError(f"cannot use a str to initialize an array with typecode '{typecode}'")
            self._items = list(initializer)
        elif isinstance(initializer, array):
            if initializer._typecode == 'u' and typecode != 'u':
                raise TypeError(f"cannot use a unicode array to initialize an array with typecode '{typecode}'")
            self.extend(list(initializer._items))
        elif isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        else:
            iter(initializer)   # CPython's "'X' object is not iterable" before any item check
            self.extend(initializer)
        return self

    # ---- attributes ----

    @property
    def typecode(self):
        """the typecode character used to create the array"""
        return self._typecode

    @property
    def itemsize(self):
        """the size, in bytes, of one array item"""
        return _ITEMSIZE[self._typecode]

    # ---- helpers ----

    def _conv(self, v):
        return _CONVERT[self._typecode](v)

    def _same_kind(self, other):
        return isinstance(other, array) and other._typecode == self._typecode

    def _new(self, items):
        a = array(self._typecode)
        a._items = items
        return a

    # ---- the sequence protocol ----

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, v):
        return self._find(v) >= 0

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self._new(self._items[i])
        i = _as_index(i)
        try:
            return self._items[i]
        except IndexError:
            raise IndexError("array index out of range") from None

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError(f'can only assign array (not "{type(v).__name__}") to array slice')
            if v._typecode != self._typecode:
                raise TypeError("bad argument type for built-in operation")
            start, stop, step = i.indices(len(self._items))
            if step != 1:
                n = len(range(start, stop, step))
                if len(v._items) != n:
                    raise ValueError(f"attempt to assign array of size {len(v._items)} to extended slice of size {n}")
            self._items[i] = list(v._items)
            return
        i = _as_index(i)
        v = self._conv(v)
        try:
            self._items[i] = v
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __delitem__(self, i):
        if isinstance(i, slice):
            del self._items[i]
            return
        i = _as_index(i)
        try:
            del self._items[i]
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError(f'can only append array (not "{type(other).__name__}") to array')
        if other._typecode != self._typecode:
            raise TypeError("bad argument type for built-in operation")
        return self._new(self._items + other._items)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError(f'can only extend array with array (not "{type(other).__name__}")')
        if other._typecode != self._typecode:
            raise TypeError("can only extend with array of same kind")
        self._items += other._items
        return self

    def __mul__(self, n):
        return self._new(self._items * _as_index(n))

    __rmul__ = __mul__

    def __imul__(self, n):
        self._items *= _as_index(n)
        return self

    def _compare(self, other, op):
        if not isinstance(other, array):
            return NotImplemented
        a, b = self._items, other._items
        if self.typecode not in 'fd' and other.typecode not in 'fd':
            return op(a, b)
        # As CPython's array_richcompare: each item is a fresh float there, so no identity
        # shortcut (a NaN item never equals itself).
        for i in range(min(len(a), len(b))):
            if not a[i] == b[i]:
                return op(a[i], b[i])
        return op(len(a), len(b))

    def _find(self, v, start=0, stop=None):
        # the index of the first item equal to v, or -1 (float arrays: no identity shortcut)
        items = self._items
        if self.typecode not in 'fd':
            try:
                return items.index(v, start, len(items) if stop is None else stop)
            except ValueError:
                return -1
        for i in range(*slice(start, stop).indices(len(items))):
            if items[i] == v:
                return i
        return -1

    def __eq__(self, other):
        return self._compare(other, lambda a, b: a == b)

    def __ne__(self, other):
        return self._compare(other, lambda a, b: a != b)

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    def __hash__(self):
        raise TypeError("unhashable type: 'array.array'")

    def __repr__(self):
        name = type(self).__name__
        if not self._items:
            return f"{name}('{self._typecode}')"
        if self._typecode == 'u':
            return f"{name}('u', {''.join(self._items)!r})"
        return f"{name}('{self._typecode}', {self._items!r})"

    def __copy__(self):
        return self._new(list(self._items))

    def __deepcopy__(self, memo):
        return self.__copy__()

    def __reduce_ex__(self, protocol, /):
        """Return state information for pickling."""
        state = getattr(self, '__dict__', None) or None
        if protocol < 3:
            return (type(self), (self._typecode, list(self._items)), state)
        return (_array_reconstructor,
                (type(self), self._typecode, _MFORMAT_OF[self._typecode], self.tobytes()), state)

    # ---- methods ----

    def append(self, v, /):
        """Append new value v to the end of the array."""
        self._items.append(self._conv(v))

    def extend(self, iterable, /):
        """Append items to the end of the array."""
        if isinstance(iterable, array):
            if iterable._typecode != self._typecode:
                raise TypeError("can only extend with array of same kind")
            self._items.extend(iterable._items)
            return
        conv = self._conv
        for v in iterable:
            self._items.append(conv(v))

    def insert(self, i, v, /):
        """Insert a new item v into the array before position i."""
        self._items.insert(_as_index(i), self._conv(v))

    def pop(self, i=-1, /):
        """Return the i-th element and delete it from the array."""
        if not self._items:
            raise IndexError("pop from empty array")
        try:
            return self._items.pop(_as_index(i))
        except IndexError:
            raise IndexError("pop index out of range") from None

    def remove(self, v, /):
        """Remove the first occurrence of v in the array."""
        i = self._find(v)
        if i < 0:
            raise ValueError("array.remove(x): x not in array")
        del self._items[i]

    def index(self, v, start=0, stop=2 ** 63 - 1, /):
        """Return index of first occurrence of v in the array."""
        i = self._find(v, start, stop)
        if i < 0:
            raise ValueError("array.index(x): x not in array")
        return i

    def count(self, v, /):
        """Return number of occurrences of v in the array."""
        if self.typecode not in 'fd':
            return self._items.count(v)
        return sum(1 for x in self._items if x == v)

    def reverse(self):
        """Reverse the order of the items in the array."""
        self._items.reverse()

    def tolist(self):
        """Convert array to an ordinary list with the same items."""
        return list(self._items)

    def fromlist(self, list_, /):
        """Append items to array from list."""
        if not isinstance(list_, list):
            raise TypeError("arg must be list")
        items = [self._conv(v) for v in list_]
        self._items.extend(items)

    def __buffer__(self, flags, /):
        # aw's C code asks this for the bytes of bytes(a), bytearray(a), b'' + a, memoryview(a)
        return memoryview(self.tobytes())

    def tobytes(self):
        """Convert the array to an array of machine values and return the bytes representation."""
        if self._typecode == 'u':
            return b''.join(ord(c).to_bytes(4, 'little') for c in self._items)
        return _struct.pack(f'@{len(self._items)}{self._typecode}', *self._items)

    def frombytes(self, buffer, /):
        """Appends items from the string, interpreting it as an array of machine values."""
        if not isinstance(buffer, (bytes, bytearray, memoryview, array)):
            raise TypeError(f"a bytes-like object is required, not '{type(buffer).__name__}'")
        buffer = bytes(buffer)
        size = _ITEMSIZE[self._typecode]
        if len(buffer) % size:
            raise ValueError("bytes length not a multiple of item size")
        if self._typecode == 'u':
            self._items.extend(chr(int.from_bytes(buffer[i:i + 4], 'little')) for i in range(0, len(buffer), 4))
        else:
            self._items.extend(_struct.unpack(f'@{len(buffer) // size}{self._typecode}', buffer))

    def tounicode(self):
        """Extends this array with data from the unicode string ustr."""
        if self._typecode != 'u':
            raise ValueError("tounicode() may only be called on unicode type arrays")
        return ''.join(self._items)

    def fromunicode(self, ustr, /):
        """Extends this array with data from the unicode string ustr."""
        if not isinstance(ustr, str):
            raise TypeError(f"fromunicode() argument must be str, not {type(ustr).__name__}")
        if self._typecode != 'u':
            raise ValueError("fromunicode() may only be called on unicode type arrays")
        self._items.extend(ustr)

    def tofile(self, f, /):
        """Write all items (as machine values) to the file object f."""
        f.write(self.tobytes())

    def fromfile(self, f, n, /):
        """Read n objects from the file object f and append them to the end of the array."""
        if n < 0:
            raise ValueError("negative count")
        size = _ITEMSIZE[self._typecode]
        data = f.read(n * size)
        if not isinstance(data, bytes):
            raise TypeError("read() didn't return bytes")
        whole = len(data) // size * size
        self.frombytes(data[:whole])
        if len(data) != n * size:
            raise EOFError("read() didn't return enough bytes")

    def byteswap(self):
        """Byteswap all items of the array."""
        size = _ITEMSIZE[self._typecode]
        if size == 1:
            return
        data = self.tobytes()
        swapped = b''.join(data[i:i + size][::-1] for i in range(0, len(data), size))
        self._items = []
        self.frombytes(swapped)

    def buffer_info(self):
        """Return a tuple (address, length) (aw: the address is id(self))."""
        return (id(self), len(self._items))


ArrayType = array


# CPython's machine format codes (arrayobject.c), in order: (struct format, item size) of
# each, the layout of an array pickled by CPython with protocol 3 or more.
_MFORMATS = ['<B', '<b', '<H', '>H', '<h', '>h', '<I', '>I', '<i', '>i', '<Q', '>Q', '<q', '>q',
             '<f', '>f', '<d', '>d', 'utf-16-le', 'utf-16-be', 'utf-32-le', 'utf-32-be']


# each typecode's machine format code on x86-64 Linux (wchar_t is UTF-32)
_MFORMAT_OF = {'b': 1, 'B': 0, 'u': 20, 'h': 4, 'H': 2, 'i': 8, 'I': 6, 'l': 12, 'L': 10,
               'q': 12, 'Q': 10, 'f': 14, 'd': 16}


def _array_reconstructor(arraytype, typecode, mformat_code, items, /):
    """Internal. Used for pickling support: rebuilds an array from its machine-format bytes."""
    if not isinstance(typecode, str) or len(typecode) != 1:
        raise TypeError("_array_reconstructor() argument 2 must be a unicode character, "
                        f"not {type(typecode).__name__}")
    mformat_code = _as_index(mformat_code)
    if not isinstance(arraytype, type):
        raise TypeError(f"first argument must be a type object, not {type(arraytype).__name__}")
    if not issubclass(arraytype, array):
        raise TypeError(f"{arraytype.__name__} is not a subtype of array.array")
    if typecode not in typecodes:
        raise ValueError("second argument must be a valid type code")
    if not 0 <= mformat_code < len(_MFORMATS):
        raise ValueError("third argument must be a valid machine format code.")
    if not isinstance(items, bytes):
        raise TypeError(f"fourth argument should be bytes, not {type(items).__name__}")
    if mformat_code == _MFORMAT_OF[typecode]:
        return arraytype(typecode, items)
    fmt = _MFORMATS[mformat_code]
    if fmt.startswith('utf'):
        return arraytype(typecode, items.decode(fmt))
    size = _struct.calcsize(fmt)
    if len(items) % size:
        raise ValueError("string length not a multiple of item size")
    values = [v for (v,) in _struct.iter_unpack(fmt, items)]
    if fmt[1] in 'fd':
        return arraytype(typecode, values)
    # an integer layout: the last native typecode of the same size and signedness
    for code in 'QqLlIiHhBb':
        if _ITEMSIZE[code] == size and code.islower() == fmt[1].islower():
            return arraytype(code, values)


from _collections_abc import MutableSequence as _MutableSequence
_MutableSequence.register(array)   # as CPython's module does on import
del _MutableSequence
