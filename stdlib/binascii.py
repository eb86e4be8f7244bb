"""binascii: the pieces of CPython's binascii that scripts use (Error, hex and base64 helpers, crc32).

Written in Python; CPython's is C. Not here: uu, quoted-printable, hqx, crc_hqx.
"""

__all__ = ["Error", "Incomplete", "hexlify", "unhexlify", "b2a_hex", "a2b_hex", "b2a_base64",
           "a2b_base64", "crc32"]


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


Error.__module__ = "binascii"
Incomplete.__module__ = "binascii"


def hexlify(data, sep=None, bytes_per_sep=1):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    h = bytes(data).hex() if sep is None else bytes(data).hex(sep, bytes_per_sep)
    return h.encode("ascii")


b2a_hex = hexlify


def unhexlify(hexstr):
    if isinstance(hexstr, str):
        try:
            hexstr = hexstr.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII characters")
    if len(hexstr) % 2:
        raise Error("Odd-length string")
    try:
        return bytes.fromhex(bytes(hexstr).decode("ascii"))
    except ValueError:
        raise Error("Non-hexadecimal digit found")


a2b_hex = unhexlify


def b2a_base64(data, *, newline=True):
    import base64
    return base64.b64encode(data) + (b"\n" if newline else b"")


def a2b_base64(data, *, strict_mode=False):
    import base64
    return base64.b64decode(data, validate=strict_mode)


_CRC_TABLE = []
for _n in range(256):
    _c = _n
    for _k in range(8):
        _c = (0xEDB88320 ^ (_c >> 1)) if _c & 1 else (_c >> 1)
    _CRC_TABLE.append(_c)
del _n, _c, _k


def crc32(data, crc=0):
    crc = ~crc & 0xFFFFFFFF
    table = _CRC_TABLE
    for b in bytes(data):
        crc = table[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return ~crc & 0xFFFFFFFF
