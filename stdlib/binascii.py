"""binascii: conversions between binary data and ASCII encodings (CPython 3.11's binascii).

Written in Python over bytes, with the base64 loops in C (`_binascii`, stdlib/binascii.c) and
crc32 from zlib; CPython's is all C. Every function of CPython's module is here: hex,
base64 (with strict_mode), uu, quoted-printable, crc32 and crc_hqx, with CPython's argument
handling (any buffer, and ASCII str for the a2b_ functions; BufferError for non-contiguous
buffers) and error messages.
"""

__all__ = ["Error", "Incomplete", "a2b_uu", "b2a_uu", "a2b_base64", "b2a_base64", "a2b_qp",
           "b2a_qp", "a2b_hex", "b2a_hex", "hexlify", "unhexlify", "crc_hqx", "crc32"]


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


Error.__module__ = "binascii"
Incomplete.__module__ = "binascii"

import _binascii
from zlib import crc32 as _zlib_crc32

_HEXDIGITS = b"0123456789ABCDEFabcdef"
_HEX_UPPER = b"0123456789ABCDEF"


def _contiguous(view):
    if not view.c_contiguous:
        raise BufferError("memoryview: underlying buffer is not C-contiguous")
    return view.tobytes()


def _data(data):
    """The bytes of a bytes-like argument of a b2a_ function."""
    if isinstance(data, bytes):
        return data
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    try:
        view = memoryview(data)
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__) from None
    return _contiguous(view)


def _ascii(data):
    """The bytes of an a2b_ argument: a bytes-like object or an ASCII str."""
    if isinstance(data, bytes):
        return data
    if isinstance(data, str):
        if not data.isascii():
            raise ValueError("string argument should contain only ASCII characters")
        return data.encode("ascii")
    try:
        view = memoryview(data)
    except TypeError:
        raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'"
                        % type(data).__name__) from None
    return _contiguous(view)


def _uint(value, mask):
    """An unsigned C int argument: the low bits of an int (CPython's 'I' format)."""
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    return value.__index__() & mask


# ---- hex ----

def hexlify(data, sep=None, bytes_per_sep=1):
    data = _data(data)
    h = data.hex() if sep is None else data.hex(sep, bytes_per_sep)
    return h.encode("ascii")


def b2a_hex(data, sep=None, bytes_per_sep=1):
    return hexlify(data, sep, bytes_per_sep)


def unhexlify(hexstr):
    hexstr = _ascii(hexstr)
    if len(hexstr) % 2:
        raise Error("Odd-length string")
    for c in hexstr:
        if c not in _HEXDIGITS:
            raise Error("Non-hexadecimal digit found")
    return bytes.fromhex(hexstr.decode("ascii"))


def a2b_hex(hexstr):
    return unhexlify(hexstr)


# ---- base64 ----

def b2a_base64(data, *, newline=True):
    return _binascii.b2a_base64(_data(data), bool(newline))


def a2b_base64(data, *, strict_mode=False):
    try:
        return _binascii.a2b_base64(_ascii(data), bool(strict_mode))
    except ValueError as e:
        raise Error(str(e)) from None


# ---- uu ----

def a2b_uu(data):
    data = _ascii(data)
    # CPython reads the length byte even from empty input (its buffer's NUL terminator)
    bin_len = ((data[0] if data else 0) - 32) & 0o77
    pos = 1
    n = len(data)
    out = bytearray()
    leftchar = 0
    leftbits = 0
    while bin_len > 0:
        c = data[pos] if pos < n else 0
        if c == 10 or c == 13 or pos >= n:
            c = 0
        else:
            if c < 32 or c > 32 + 64:
                raise Error("Illegal char")
            c = (c - 32) & 0o77
        pos += 1
        leftchar = (leftchar << 6) | c
        leftbits += 6
        if leftbits >= 8:
            leftbits -= 8
            out.append((leftchar >> leftbits) & 0xFF)
            leftchar &= (1 << leftbits) - 1
            bin_len -= 1
    for c in data[pos:]:
        if c not in (32, 32 + 64, 10, 13):
            raise Error("Trailing garbage")
    return bytes(out)


def b2a_uu(data, *, backtick=False):
    data = _data(data)
    n = len(data)
    if n > 45:
        raise Error("At most 45 bytes at once")
    out = bytearray(b"`" if backtick and not n else bytes((32 + n,)))
    leftchar = 0
    leftbits = 0
    i = 0
    while i < n or leftbits:
        leftchar = (leftchar << 8) | (data[i] if i < n else 0)
        leftbits += 8
        i += 1
        while leftbits >= 6:
            c = (leftchar >> (leftbits - 6)) & 0x3F
            leftbits -= 6
            out.append(96 if backtick and not c else c + 32)
        leftchar &= (1 << leftbits) - 1
    out.append(10)
    return bytes(out)


# ---- quoted-printable ----

def a2b_qp(data, header=False):
    data = _ascii(data)
    n = len(data)
    out = bytearray()
    i = 0
    while i < n:
        c = data[i]
        if c == 61:  # '='
            i += 1
            if i >= n:
                break
            c = data[i]
            if c == 10 or c == 13:  # soft line break
                if c != 10:
                    while i < n and data[i] != 10:
                        i += 1
                if i < n:
                    i += 1
            elif c == 61:
                out.append(61)
                i += 1
            elif i + 1 < n and c in _HEXDIGITS and data[i + 1] in _HEXDIGITS:
                out.append(int(data[i:i + 2], 16))
                i += 2
            else:
                out.append(61)
        elif header and c == 95:  # '_'
            out.append(32)
            i += 1
        else:
            out.append(c)
            i += 1
    return bytes(out)


def b2a_qp(data, quotetabs=False, istext=True, header=False):
    data = _data(data)
    MAXLINESIZE = 76
    nl = data.find(b"\n")
    crlf = nl > 0 and data[nl - 1] == 13
    eol = b"\r\n" if crlf else b"\n"
    n = len(data)
    out = bytearray()
    linelen = 0
    i = 0
    while i < n:
        c = data[i]
        nxt = data[i + 1] if i + 1 < n else None
        if (c > 126 or c == 61 or (header and c == 95)
                or (c == 46 and linelen == 0 and (nxt is None or nxt in (10, 13, 0)))
                or (not istext and c in (13, 10))
                or (c in (9, 32) and nxt is None)
                or (c < 33 and c not in (13, 10) and (quotetabs or c not in (9, 32)))):
            if linelen + 3 >= MAXLINESIZE:
                out += b"=" + eol
                linelen = 0
            out += b"=" + bytes((_HEX_UPPER[c >> 4], _HEX_UPPER[c & 15]))
            i += 1
            linelen += 3
        elif istext and (c == 10 or (c == 13 and nxt == 10)):
            linelen = 0
            if out and out[-1] in (32, 9):  # protect whitespace at the end of a line
                ch = out[-1]
                out[-1] = 61
                out += bytes((_HEX_UPPER[ch >> 4], _HEX_UPPER[ch & 15]))
            out += eol
            i += 2 if c == 13 else 1
        else:
            if nxt is not None and nxt != 10 and linelen + 1 >= MAXLINESIZE:
                out += b"=" + eol
                linelen = 0
            linelen += 1
            out.append(95 if header and c == 32 else c)
            i += 1
    return bytes(out)


# ---- checksums ----

_HQX_TABLE = []
for _n in range(256):
    _c = _n << 8
    for _k in range(8):
        _c = ((_c << 1) ^ 0x1021) if _c & 0x8000 else (_c << 1)
    _HQX_TABLE.append(_c & 0xFFFF)
del _c, _n, _k


def crc32(data, crc=0):
    return _zlib_crc32(_data(data), _uint(crc, 0xFFFFFFFF))   # the same CRC as zlib's


def crc_hqx(data, crc):
    data = _data(data)
    crc = _uint(crc, 0xFFFF)
    table = _HQX_TABLE
    for b in data:
        crc = ((crc << 8) & 0xFF00) ^ table[(crc >> 8) ^ b]
    return crc
