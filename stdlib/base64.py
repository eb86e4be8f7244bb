"""base64: Base16, Base32 and Base64 encodings of bytes (CPython 3.11's base64 module).

Written in Python over bytes and bytearray; errors are binascii.Error (a ValueError) with
CPython's messages for bad padding and bad characters. Not here: Ascii85/Base85.
"""
import binascii

__all__ = ["b64encode", "b64decode", "standard_b64encode", "standard_b64decode",
           "urlsafe_b64encode", "urlsafe_b64decode", "b32encode", "b32decode", "b16encode",
           "b16decode", "encodebytes", "decodebytes"]

_B64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B64_INDEX = {c: i for i, c in enumerate(_B64)}
_B32 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_B32_INDEX = {c: i for i, c in enumerate(_B32)}


def _swap(s, frm, to):
    """s with each byte of frm replaced by the byte of to at the same position."""
    table = dict(zip(frm, to))
    return bytes(table.get(c, c) for c in s)


def _bytes_from_decode_data(s):
    if isinstance(s, str):
        try:
            return s.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII characters")
    if isinstance(s, (bytes, bytearray)):
        return bytes(s)
    raise TypeError("argument should be a bytes-like object or ASCII string, not %r" % s.__class__.__name__)


def _check_bytes(s, name="b2a_base64"):
    if isinstance(s, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    if not isinstance(s, (bytes, bytearray)):
        raise TypeError("a bytes-like object is required, not %r" % s.__class__.__name__)
    return bytes(s)


def _encode64(data, alphabet):
    out = bytearray()
    n = len(data)
    for i in range(0, n - n % 3, 3):
        v = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out += bytes((alphabet[v >> 18], alphabet[(v >> 12) & 63], alphabet[(v >> 6) & 63], alphabet[v & 63]))
    rest = n % 3
    if rest == 1:
        v = data[-1] << 16
        out += bytes((alphabet[v >> 18], alphabet[(v >> 12) & 63])) + b"=="
    elif rest == 2:
        v = (data[-2] << 16) | (data[-1] << 8)
        out += bytes((alphabet[v >> 18], alphabet[(v >> 12) & 63], alphabet[(v >> 6) & 63])) + b"="
    return bytes(out)


def b64encode(s, altchars=None):
    encoded = _encode64(_check_bytes(s), _B64)
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        return _swap(encoded, b"+/", altchars)
    return encoded


def _decode64(s, validate):
    values = []
    pad = 0
    for pos, c in enumerate(s):
        if c == 61:   # '='
            pad += 1
            if validate and len(values) + pad < 2:
                raise binascii.Error("Leading padding not allowed")
            if len(values) % 4 >= 2 and (len(values) % 4) + pad >= 4:
                if validate and pos + 1 != len(s):
                    raise binascii.Error("Excess data after padding")
                break
            continue
        v = _B64_INDEX.get(c)
        if v is None:
            if validate:
                raise binascii.Error("Only base64 data is allowed")
            continue
        if pad:
            if validate:
                raise binascii.Error("Discontinuous padding not allowed")
            pad = 0
        values.append(v)
    n = len(values)
    if n % 4 == 1:
        raise binascii.Error("Invalid base64-encoded string: number of data characters (%d) cannot be 1 more than a multiple of 4" % n)
    if n % 4 and (n % 4) + pad < 4:
        raise binascii.Error("Incorrect padding")
    out = bytearray()
    for i in range(0, n - n % 4, 4):
        v = (values[i] << 18) | (values[i + 1] << 12) | (values[i + 2] << 6) | values[i + 3]
        out += bytes((v >> 16, (v >> 8) & 255, v & 255))
    rest = n % 4
    if rest == 2:
        v = (values[-2] << 18) | (values[-1] << 12)
        out.append(v >> 16)
    elif rest == 3:
        v = (values[-3] << 18) | (values[-2] << 12) | (values[-1] << 6)
        out += bytes((v >> 16, (v >> 8) & 255))
    return bytes(out)


def b64decode(s, altchars=None, validate=False):
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = _swap(s, altchars, b"+/")
    return _decode64(s, validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    return _swap(b64encode(s), b"+/", b"-_")


def urlsafe_b64decode(s):
    s = _bytes_from_decode_data(s)
    s = _swap(s, b"-_", b"+/")
    return b64decode(s)


def encodebytes(s):
    s = _check_bytes(s, "encodebytes")
    pieces = []
    for i in range(0, len(s), 57):
        pieces.append(_encode64(s[i:i + 57], _B64) + b"\n")
    return b"".join(pieces)


def decodebytes(s):
    return _decode64(_check_bytes(s, "decodebytes"), False)


def b32encode(s):
    s = _check_bytes(s)
    out = bytearray()
    for i in range(0, len(s), 5):
        chunk = s[i:i + 5]
        v = int.from_bytes(chunk + bytes(5 - len(chunk)), "big")
        out += bytes(_B32[(v >> (35 - 5 * k)) & 31] for k in range(8))
        if len(chunk) < 5:
            keep = {1: 2, 2: 4, 3: 5, 4: 7}[len(chunk)]
            out[-(8 - keep):] = b"=" * (8 - keep)
    return bytes(out)


def b32decode(s, casefold=False, map01=None):
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise binascii.Error("Incorrect padding")
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        s = _swap(s, b"01", b"O" + map01)
    if casefold:
        s = s.upper()
    stripped = s.rstrip(b"=")
    padchars = len(s) - len(stripped)
    out = bytearray()
    for i in range(0, len(stripped), 8):
        chunk = stripped[i:i + 8]
        v = 0
        for c in chunk:
            d = _B32_INDEX.get(c)
            if d is None:
                raise binascii.Error("Non-base32 digit found")
            v = (v << 5) | d
        v <<= 5 * (8 - len(chunk))
        out += v.to_bytes(5, "big")
    if padchars:
        if padchars not in (1, 3, 4, 6):
            raise binascii.Error("Incorrect padding")
        out = out[:-{1: 1, 3: 2, 4: 3, 6: 4}[padchars]]
    return bytes(out)


def b16encode(s):
    return _check_bytes(s).hex().upper().encode("ascii")


def b16decode(s, casefold=False):
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    for c in s:
        if c not in b"0123456789ABCDEF":
            raise binascii.Error("Non-base16 digit found")
    if len(s) % 2:
        raise binascii.Error("Odd-length string")
    return bytes.fromhex(s.decode("ascii"))
