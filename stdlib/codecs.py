"""codecs: the commonly used part of CPython 3.11's codecs module, written in Python for aw.

Provided: encode, decode, lookup (CodecInfo), getencoder/getdecoder,
getincrementalencoder/getincrementaldecoder, getreader/getwriter (StreamReader/StreamWriter),
iterencode/iterdecode, open, register_error/lookup_error (also surrogateescape and
surrogatepass), the BOM
constants, and the codecs utf-8, utf-8-sig, ascii, latin-1, utf-16(-le/-be), utf-32(-le/-be),
unicode_escape, raw_unicode_escape, rot13, hex, base64 and CPython's single-byte (charmap)
codecs (cp1252, cp437, iso8859-2..16, koi8-r, mac-roman, ...). Differences (SPEC.md): no other
codecs (the CJK multibyte ones, utf-7, idna, punycode...), no codec registration (register()
accepts search functions that are only consulted for names aw does not know), and open()
returns aw's own stream object.
"""

import _codecs
import binascii as _binascii
import builtins as _builtins
import sys as _sys

__all__ = ["register", "lookup", "open", "EncodedFile", "BOM", "BOM_BE", "BOM_LE", "BOM32_BE",
           "BOM32_LE", "BOM64_BE", "BOM64_LE", "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE",
           "BOM_UTF16_BE", "BOM_UTF32", "BOM_UTF32_LE", "BOM_UTF32_BE", "CodecInfo", "Codec",
           "IncrementalEncoder", "IncrementalDecoder", "StreamReader", "StreamWriter",
           "StreamReaderWriter", "getencoder", "getdecoder", "getincrementalencoder",
           "getincrementaldecoder", "getreader", "getwriter", "encode", "decode", "iterencode",
           "iterdecode", "strict_errors", "ignore_errors", "replace_errors",
           "xmlcharrefreplace_errors", "backslashreplace_errors", "namereplace_errors",
           "register_error", "lookup_error"]

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_LE = BOM_UTF16_LE = b'\xff\xfe'
BOM_BE = BOM_UTF16_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
if _sys.byteorder == 'little':
    BOM = BOM_UTF16 = BOM_UTF16_LE
    BOM_UTF32 = BOM_UTF32_LE
else:
    BOM = BOM_UTF16 = BOM_UTF16_BE
    BOM_UTF32 = BOM_UTF32_BE
BOM32_LE, BOM32_BE = BOM_UTF16_LE, BOM_UTF16_BE
BOM64_LE, BOM64_BE = BOM_UTF32_LE, BOM_UTF32_BE


class CodecInfo(tuple):
    """Codec details when looking up the codec registry"""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (
            self.__class__.__module__, self.__class__.__qualname__, self.name, id(self))


class Codec:
    """Defines the interface for stateless encoders/decoders."""

    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


# ---- error handlers ----

def strict_errors(exc):
    raise exc


def ignore_errors(exc):
    return ('', exc.end)


def replace_errors(exc):
    if isinstance(exc, UnicodeDecodeError):
        return ('\ufffd', exc.end)
    return ('?' * (exc.end - exc.start), exc.end)


def xmlcharrefreplace_errors(exc):
    return (''.join('&#%d;' % ord(c) for c in exc.object[exc.start:exc.end]), exc.end)


def backslashreplace_errors(exc):
    if isinstance(exc, UnicodeDecodeError):
        return (''.join('\\x%02x' % b for b in exc.object[exc.start:exc.end]), exc.end)
    return (''.join(_escape_char(c) for c in exc.object[exc.start:exc.end]), exc.end)


def namereplace_errors(exc):
    if not isinstance(exc, UnicodeEncodeError):
        raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)
    import unicodedata
    out = []
    for c in exc.object[exc.start:exc.end]:
        name = unicodedata.name(c, None)
        out.append('\\N{%s}' % name if name is not None else _escape_char(c))
    return (''.join(out), exc.end)


def _surrogateescape_errors(exc):
    if isinstance(exc, UnicodeDecodeError):
        out = []
        for b in exc.object[exc.start:exc.end][:4]:
            if b < 128:
                break
            out.append(chr(0xDC00 + b))
        if not out:
            raise exc
        return (''.join(out), exc.start + len(out))
    if isinstance(exc, UnicodeEncodeError):
        out = bytearray()
        for c in exc.object[exc.start:exc.end]:
            if not 0xDC80 <= ord(c) <= 0xDCFF:
                raise exc
            out.append(ord(c) - 0xDC00)
        return (bytes(out), exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def _surrogate_unit(encoding):
    # (bytes per code unit, byte order) of the codecs surrogatepass applies to
    name = encoding.lower().replace('_', '-')
    if name in ('utf-8', 'utf8'):
        return 1, None
    for prefix, unit in (('utf-16', 2), ('utf-32', 4)):
        if name.startswith(prefix):
            rest = name[len(prefix):]
            order = 'little' if rest == '-le' else 'big' if rest == '-be' else _sys.byteorder if not rest else None
            if order:
                return unit, order
    return None, None


def _surrogatepass_errors(exc):
    if not isinstance(exc, (UnicodeDecodeError, UnicodeEncodeError)):
        raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)
    unit, order = _surrogate_unit(exc.encoding)
    if unit is None:
        raise exc
    if isinstance(exc, UnicodeEncodeError):
        out = bytearray()
        for c in exc.object[exc.start:exc.end]:
            n = ord(c)
            if not 0xD800 <= n <= 0xDFFF:
                raise exc
            out += bytes([0xE0 | n >> 12, 0x80 | (n >> 6) & 0x3F, 0x80 | n & 0x3F]) if unit == 1 \
                else n.to_bytes(unit, order)
        return (bytes(out), exc.end)
    data = exc.object[exc.start:exc.start + (3 if unit == 1 else unit)]
    if unit == 1:
        n = (data[0] & 0x0F) << 12 | (data[1] & 0x3F) << 6 | data[2] & 0x3F if len(data) == 3 and \
            data[0] & 0xF0 == 0xE0 and data[1] & 0xC0 == 0x80 and data[2] & 0xC0 == 0x80 else 0
    else:
        n = int.from_bytes(data, order) if len(data) == unit else 0
    if not 0xD800 <= n <= 0xDFFF:
        raise exc
    return (chr(n), exc.start + len(data))


_error_handlers = {
    'strict': strict_errors, 'ignore': ignore_errors, 'replace': replace_errors,
    'xmlcharrefreplace': xmlcharrefreplace_errors,
    'backslashreplace': backslashreplace_errors, 'namereplace': namereplace_errors,
    'surrogateescape': _surrogateescape_errors, 'surrogatepass': _surrogatepass_errors,
}


def register_error(name, error_handler, /):
    """Register the specified error handler under the name errors."""
    if not callable(error_handler):
        raise TypeError("handler must be callable")
    _error_handlers[name] = error_handler


def lookup_error(name, /):
    """Return the error handler for the specified error handling name."""
    try:
        return _error_handlers[name]
    except KeyError:
        raise LookupError("unknown error handler name '%s'" % name) from None


# ---- the codecs ----

def _check_str(fname, obj):
    if not isinstance(obj, str):
        raise TypeError(f"{fname}() argument 1 must be str, not {type(obj).__name__}")


def _check_bytes(obj):
    if isinstance(obj, str) or not isinstance(obj, (bytes, bytearray)):
        raise TypeError(f"a bytes-like object is required, not '{type(obj).__name__}'")
    return bytes(obj)


def _handle(handler_name, exc):
    rep, pos = lookup_error(handler_name)(exc)
    return rep, pos


def _escape_char(c):
    n = ord(c)
    if n < 0x100:
        return '\\x%02x' % n
    if n < 0x10000:
        return '\\u%04x' % n
    return '\\U%08x' % n


def _utf_encode(encoding, unit, order, bom):
    fname = encoding.replace('-', '_') + '_encode'

    def encode(input, errors='strict'):
        _check_str(fname, input)
        out = [bom] if bom else []
        i = 0
        while i < len(input):
            n = ord(input[i])
            i += 1
            if 0xD800 <= n < 0xE000:   # lone surrogates: the error handler's text, encoded
                rep, i = _handle(errors, UnicodeEncodeError(encoding, input, i - 1, i, 'surrogates not allowed'))
                out.append(encode(rep)[0][len(bom):] if isinstance(rep, str) else rep)
                continue
            if unit == 2 and n >= 0x10000:
                n -= 0x10000
                out.append((0xD800 | (n >> 10)).to_bytes(2, order))
                out.append((0xDC00 | (n & 0x3FF)).to_bytes(2, order))
            else:
                out.append(n.to_bytes(unit, order))
        return b''.join(out), len(input)
    return encode


def _utf_decode_units(data, unit, order, errors, name, final=True, start=0):
    """Decodes whole units of data from start (past a BOM: error positions count it); returns
    (text, index after the bytes consumed)."""
    out = []
    i = start
    n = len(data)
    while i + unit <= n:
        c = int.from_bytes(data[i:i + unit], order)
        if unit == 2 and 0xD800 <= c < 0xDC00:
            if i + 4 > n:
                if not final:
                    break
                rep, i = _handle(errors, UnicodeDecodeError(name, data, i, n, 'unexpected end of data'))
                out.append(rep)
                continue
            c2 = int.from_bytes(data[i + 2:i + 4], order)
            if 0xDC00 <= c2 < 0xE000:
                out.append(chr(0x10000 + ((c - 0xD800) << 10) + (c2 - 0xDC00)))
                i += 4
                continue
            rep, i = _handle(errors, UnicodeDecodeError(name, data, i, i + 2, 'illegal UTF-16 surrogate'))
            out.append(rep)
            continue
        if unit == 2 and 0xDC00 <= c < 0xE000:
            rep, i = _handle(errors, UnicodeDecodeError(name, data, i, i + 2, 'illegal encoding'))
            out.append(rep)
            continue
        if unit == 4 and (c > 0x10FFFF or 0xD800 <= c < 0xE000):
            reason = 'code point not in range(0x110000)' if c > 0x10FFFF else 'code point in surrogate code point range(0xd800, 0xe000)'
            rep, i = _handle(errors, UnicodeDecodeError(name, data, i, i + 4, reason))
            out.append(rep)
            continue
        out.append(chr(c))
        i += unit
    if final and i < n:
        rep, i = _handle(errors, UnicodeDecodeError(name, data, i, n, 'truncated data'))
        out.append(rep)
    return ''.join(out), i


def _utf_decode(unit, order, name, detect_bom):
    def decode(input, errors='strict', final=True):
        data = _check_bytes(input)
        byteorder, start = order, 0
        if detect_bom:
            le, be = (BOM_UTF16_LE, BOM_UTF16_BE) if unit == 2 else (BOM_UTF32_LE, BOM_UTF32_BE)
            if data.startswith(le):
                byteorder, start = 'little', unit
            elif data.startswith(be):
                byteorder, start = 'big', unit
        # errors name the byte order read, as CPython's ('utf-16-le' for a plain 'utf-16')
        err_name = f"{name}-{'le' if byteorder == 'little' else 'be'}" if detect_bom else name
        return _utf_decode_units(data, unit, byteorder, errors, err_name, final, start)
    return decode


def _simple(codec_encode, codec_decode):
    def encode(input, errors='strict'):
        _check_str(codec_encode.__name__.lstrip('_'), input)
        return codec_encode(input, errors), len(input)

    def decode(input, errors='strict', final=True):
        data = _check_bytes(input)
        return codec_decode(data, errors), len(data)
    return encode, decode


def _utf_8_encode(s, errors):
    return s.encode('utf-8', errors)


def _utf_8_decode(b, errors):
    return b.decode('utf-8', errors)


def _latin_1_encode(s, errors):
    return s.encode('latin-1', errors)


def _latin_1_decode(b, errors):
    return b.decode('latin-1', errors)


def _ascii_encode(s, errors):
    return s.encode('ascii', errors)


def _ascii_decode(b, errors):
    return b.decode('ascii', errors)


def _utf_8_sig_encode(input, errors='strict'):
    _check_str('utf_8_encode', input)
    return BOM_UTF8 + input.encode('utf-8', errors), len(input)


def _utf_8_sig_decode(input, errors='strict', final=True):
    data = _check_bytes(input)
    start = 3 if data.startswith(BOM_UTF8) else 0
    return data[start:].decode('utf-8', errors), len(data)


def _unicode_escape_encode_text(s, raw):
    out = []
    for ch in s:
        n = ord(ch)
        if raw:
            out.append(ch if n < 0x100 else _escape_char(ch))
        elif ch == '\\':
            out.append('\\\\')
        elif ch == '\t':
            out.append('\\t')
        elif ch == '\n':
            out.append('\\n')
        elif ch == '\r':
            out.append('\\r')
        elif 0x20 <= n < 0x7f:
            out.append(ch)
        else:
            out.append(_escape_char(ch))
    return ''.join(out).encode('latin-1')


_SIMPLE_ESCAPES = {'\\': '\\', "'": "'", '"': '"', 'a': '\a', 'b': '\b', 'f': '\f',
                   'n': '\n', 'r': '\r', 't': '\t', 'v': '\v', '\n': ''}


def _unicode_escape_decode_text(data, errors, raw, name):
    s = data.decode('latin-1')
    out = []
    i, n = 0, len(s)
    while i < n:
        ch = s[i]
        if ch != '\\' or i + 1 >= n:
            if ch == '\\' and not raw:
                rep, i = _handle(errors, UnicodeDecodeError(name, data, i, n, '\\ at end of string'))
                out.append(rep)
                continue
            out.append(ch)
            i += 1
            continue
        c = s[i + 1]
        if raw and c not in 'uU':
            out.append('\\')
            i += 1
            continue
        if c in _SIMPLE_ESCAPES and not raw:
            out.append(_SIMPLE_ESCAPES[c])
            i += 2
        elif c in '01234567' and not raw:
            j = i + 1
            while j < n and j < i + 4 and s[j] in '01234567':
                j += 1
            out.append(chr(int(s[i + 1:j], 8)))
            i = j
        elif c in 'xuU':
            width = {'x': 2, 'u': 4, 'U': 8}[c]
            digits = s[i + 2:i + 2 + width]
            if len(digits) == width and all(d in '0123456789abcdefABCDEF' for d in digits) and int(digits, 16) <= 0x10FFFF:
                out.append(chr(int(digits, 16)))
                i += 2 + width
            else:
                reason = 'illegal Unicode character' if len(digits) == width and all(
                    d in '0123456789abcdefABCDEF' for d in digits) else 'truncated \\%sXX%s escape' % (c, 'XX' * ((width - 2) // 2))
                end = i + 2
                while end < n and end < i + 2 + width and s[end] in '0123456789abcdefABCDEF':
                    end += 1
                rep, i = _handle(errors, UnicodeDecodeError(name, data, i, end, reason))
                out.append(rep)
        else:
            out.append('\\' + c)
            i += 2
    return ''.join(out)


def _escape_codec(raw):
    fname = 'raw_unicode_escape' if raw else 'unicode_escape'
    name = 'rawunicodeescape' if raw else 'unicodeescape'

    def encode(input, errors='strict'):
        _check_str(fname + '_encode', input)
        return _unicode_escape_encode_text(input, raw), len(input)

    def decode(input, errors='strict', final=True):
        if isinstance(input, str):
            input = input.encode('latin-1')
        data = _check_bytes(input)
        return _unicode_escape_decode_text(data, errors, raw, name), len(data)
    return encode, decode


_ROT13 = str.maketrans('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
                       'NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm')


def _rot13(input, errors='strict', final=True):
    return input.translate(_ROT13), len(input)


def _hex_encode(input, errors='strict'):
    data = _check_bytes(input)
    return _binascii.b2a_hex(data), len(data)


def _hex_decode(input, errors='strict', final=True):
    data = _check_bytes(input)
    return _binascii.a2b_hex(data), len(data)


def _base64_encode(input, errors='strict'):
    data = _check_bytes(input)
    import base64
    return base64.encodebytes(data), len(data)


def _base64_decode(input, errors='strict', final=True):
    data = _check_bytes(input)
    import base64
    return base64.decodebytes(data), len(data)


def _table():
    utf8 = _simple(_utf_8_encode, _utf_8_decode)
    latin1 = _simple(_latin_1_encode, _latin_1_decode)
    ascii_ = _simple(_ascii_encode, _ascii_decode)
    native = _sys.byteorder
    bom16 = BOM_UTF16_LE if native == 'little' else BOM_UTF16_BE
    bom32 = BOM_UTF32_LE if native == 'little' else BOM_UTF32_BE
    return {
        'utf-8': (utf8[0], utf8[1], True),
        'iso8859-1': (latin1[0], latin1[1], True),
        'ascii': (ascii_[0], ascii_[1], True),
        'utf-8-sig': (_utf_8_sig_encode, _utf_8_sig_decode, True),
        'utf-16': (_utf_encode('utf-16', 2, native, bom16), _utf_decode(2, native, 'utf-16', True), True),
        'utf-16-le': (_utf_encode('utf-16-le', 2, 'little', b''), _utf_decode(2, 'little', 'utf-16-le', False), True),
        'utf-16-be': (_utf_encode('utf-16-be', 2, 'big', b''), _utf_decode(2, 'big', 'utf-16-be', False), True),
        'utf-32': (_utf_encode('utf-32', 4, native, bom32), _utf_decode(4, native, 'utf-32', True), True),
        'utf-32-le': (_utf_encode('utf-32-le', 4, 'little', b''), _utf_decode(4, 'little', 'utf-32-le', False), True),
        'utf-32-be': (_utf_encode('utf-32-be', 4, 'big', b''), _utf_decode(4, 'big', 'utf-32-be', False), True),
        'unicode-escape': _escape_codec(False) + (True,),
        'raw-unicode-escape': _escape_codec(True) + (True,),
        'rot-13': (_rot13, _rot13, False),
        'hex': (_hex_encode, _hex_decode, False),
        'base64': (_base64_encode, _base64_decode, False),
    }


_CODECS = _table()

_ALIASES = {
    'utf_8': 'utf-8', 'utf8': 'utf-8', 'u8': 'utf-8', 'utf': 'utf-8', 'cp65001': 'utf-8',
    'latin_1': 'iso8859-1', 'latin1': 'iso8859-1', 'latin': 'iso8859-1', 'l1': 'iso8859-1',
    'iso8859_1': 'iso8859-1', 'iso_8859_1': 'iso8859-1', '8859': 'iso8859-1', 'cp819': 'iso8859-1',
    'ascii': 'ascii', 'us_ascii': 'ascii', '646': 'ascii', 'us': 'ascii',
    'utf_8_sig': 'utf-8-sig', 'utf8_sig': 'utf-8-sig',
    'utf_16': 'utf-16', 'utf16': 'utf-16', 'u16': 'utf-16',
    'utf_16_le': 'utf-16-le', 'utf_16le': 'utf-16-le', 'utf_16_be': 'utf-16-be', 'utf_16be': 'utf-16-be',
    'utf_32': 'utf-32', 'utf32': 'utf-32', 'u32': 'utf-32',
    'utf_32_le': 'utf-32-le', 'utf_32le': 'utf-32-le', 'utf_32_be': 'utf-32-be', 'utf_32be': 'utf-32-be',
    'unicode_escape': 'unicode-escape', 'raw_unicode_escape': 'raw-unicode-escape',
    'rot13': 'rot-13', 'rot_13': 'rot-13',
    'hex': 'hex', 'hex_codec': 'hex', 'base64': 'base64', 'base_64': 'base64', 'base64_codec': 'base64',
}

_search_functions = []
_cache = {}


def _normalize(encoding):
    return '_'.join(encoding.lower().replace('-', ' ').split())


def register(search_function, /):
    """Register a codec search function (aw: consulted for names aw does not know)."""
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)


def unregister(search_function, /):
    """Unregister a codec search function."""
    if search_function in _search_functions:
        _search_functions.remove(search_function)


def lookup(encoding, /):
    """Looks up a codec tuple in the Python codec registry and returns a CodecInfo object."""
    if not isinstance(encoding, str):
        raise TypeError(f"lookup() argument must be str, not {type(encoding).__name__}")
    info = _cache.get(encoding)
    if info is not None:
        return info
    name = _ALIASES.get(_normalize(encoding))
    if name is None:
        charmap = _codecs._charmap_name(encoding)
        if charmap is not None:
            info = _cache[encoding] = _charmap_info(charmap)
            return info
        name = _alias_of(encoding)
    if name is None:
        for search in _search_functions:
            info = search(_normalize(encoding))
            if info is not None:
                _cache[encoding] = info
                return info
        raise LookupError(f"unknown encoding: {encoding}")
    enc, dec, is_text = _CODECS[name]
    info = CodecInfo(enc, dec, None, None, None, None, name=name, _is_text_encoding=is_text)
    info.incrementalencoder = _incremental_encoder_class(info)
    info.incrementaldecoder = _incremental_decoder_class(info)
    info.streamreader = _stream_class(StreamReader, info)
    info.streamwriter = _stream_class(StreamWriter, info)
    _cache[encoding] = info
    return info


def _alias_of(encoding):
    # the other names CPython's encodings.aliases gives these codecs ('cp367', 'csisolatin1'...)
    import encodings
    norm = encodings.normalize_encoding(encoding.lower())
    module = encodings.aliases.aliases.get(norm) or encodings.aliases.aliases.get(norm.replace('.', '_'))
    return _ALIASES.get(module) if module else None


def _charmap_info(name):
    # a single-byte codec, as CPython's encodings modules build them on _codecs' charmap functions
    decoding_table = _codecs._charmap_table(name)
    encoding_map = _codecs.charmap_build(decoding_table)

    def encode(input, errors='strict'):
        return _codecs.charmap_encode(input, errors, encoding_map)

    def decode(input, errors='strict'):
        return _codecs.charmap_decode(input, errors, decoding_table)
    info = CodecInfo(encode, decode, None, None, None, None, name=name)
    info.incrementalencoder = _incremental_encoder_class(info)
    info.incrementaldecoder = _incremental_decoder_class(info)
    info.streamreader = _stream_class(StreamReader, info)
    info.streamwriter = _stream_class(StreamWriter, info)
    return info


def _run(what, encoding, codec, obj, errors):
    try:
        return codec(obj, errors)[0]
    except (TypeError, ValueError) as exc:
        # CPython names the codec in plain TypeErrors and ValueErrors (not UnicodeErrors)
        if isinstance(exc, UnicodeError) or len(exc.args) != 1 or not isinstance(exc.args[0], str):
            raise
        raise type(exc)(f"{what} with '{encoding}' codec failed ({type(exc).__name__}: {exc})") from exc


def encode(obj, encoding='utf-8', errors='strict'):
    """Encodes obj using the codec registered for encoding."""
    return _run('encoding', encoding, lookup(encoding).encode, obj, errors)


def decode(obj, encoding='utf-8', errors='strict'):
    """Decodes obj using the codec registered for encoding."""
    return _run('decoding', encoding, lookup(encoding).decode, obj, errors)


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


# ---- incremental codecs ----

class IncrementalEncoder:
    """Encodes an input in multiple steps."""

    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ''

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class IncrementalDecoder:
    """Decodes an input in multiple steps."""

    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        pass


def _utf8_incomplete_tail(data):
    """How many bytes at the end of data start a UTF-8 sequence that is not complete."""
    for back in range(1, min(3, len(data)) + 1):
        b = data[-back]
        if b & 0xC0 == 0x80:
            continue
        need = 2 if b & 0xE0 == 0xC0 else 3 if b & 0xF0 == 0xE0 else 4 if b & 0xF8 == 0xF0 else 1
        return back if need > back else 0
    return 0


def _incremental_encoder_class(info):
    class _Encoder(IncrementalEncoder):
        _first = True

        def encode(self, input, final=False):
            out = info.encode(input, self.errors)[0]
            if info.name in ('utf-16', 'utf-32', 'utf-8-sig'):
                if not self._first:
                    out = out[{'utf-16': 2, 'utf-32': 4, 'utf-8-sig': 3}[info.name]:]
                self._first = False
            return out

        def reset(self):
            self._first = True

        # CPython's states: utf-16/utf-32 2 and utf-8-sig 1 while the BOM is still to come, then
        # 0; setstate(0) skips the BOM (a TextIOWrapper appending to a file does that)
        def getstate(self):
            if info.name in ('utf-16', 'utf-32', 'utf-8-sig') and self._first:
                return 1 if info.name == 'utf-8-sig' else 2
            return 0

        def setstate(self, state):
            self._first = bool(state)
    _Encoder.__name__ = _Encoder.__qualname__ = 'IncrementalEncoder'
    return _Encoder


def _incremental_decoder_class(info):
    unit = {'utf-16': 2, 'utf-16-le': 2, 'utf-16-be': 2, 'utf-32': 4, 'utf-32-le': 4, 'utf-32-be': 4}.get(info.name)

    class _Decoder(IncrementalDecoder):
        def __init__(self, errors='strict'):
            IncrementalDecoder.__init__(self, errors)
            self.buffer = b''
            self._order = None

        def decode(self, input, final=False):
            data = self.buffer + bytes(input)
            if unit:
                if info.name in ('utf-16', 'utf-32') and self._order is None:
                    if len(data) < unit and not final:
                        self.buffer = data
                        return ''
                    le = BOM_UTF16_LE if unit == 2 else BOM_UTF32_LE
                    be = BOM_UTF16_BE if unit == 2 else BOM_UTF32_BE
                    if data.startswith(le):
                        self._order, data = 'little', data[unit:]
                    elif data.startswith(be):
                        self._order, data = 'big', data[unit:]
                    else:
                        self._order = _sys.byteorder
                order = self._order or ('little' if info.name.endswith('le') else 'big')
                text, used = _utf_decode_units(data, unit, order, self.errors, info.name, final)
                self.buffer = data[used:]
                return text
            if info.name in ('utf-8', 'utf-8-sig') and not final:
                keep = _utf8_incomplete_tail(data)
                self.buffer = data[len(data) - keep:] if keep else b''
                data = data[:len(data) - keep]
            else:
                self.buffer = b''
            if info.name == 'utf-8-sig':
                if self._order is None:
                    if len(data) < 3 and BOM_UTF8.startswith(data) and not final:
                        self.buffer = data + self.buffer
                        return ''
                    self._order = 'seen'
                    if data.startswith(BOM_UTF8):
                        data = data[3:]
                return data.decode('utf-8', self.errors)
            return info.decode(data, self.errors)[0]

        def reset(self):
            self.buffer = b''
            self._order = None

        def getstate(self):
            return (self.buffer, 0)

        def setstate(self, state):
            self.buffer = state[0]
    _Decoder.__name__ = _Decoder.__qualname__ = 'IncrementalDecoder'
    return _Decoder


def getincrementalencoder(encoding):
    return lookup(encoding).incrementalencoder


def getincrementaldecoder(encoding):
    return lookup(encoding).incrementaldecoder


def iterencode(iterator, encoding, errors='strict', **kwargs):
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = encoder.encode(input)
        if output:
            yield output
    output = encoder.encode("", True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = decoder.decode(input)
        if output:
            yield output
    output = decoder.decode(b"", True)
    if output:
        yield output


# ---- streams ----

class StreamWriter:
    """Writes text to a binary stream, encoding it."""

    _info = None

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors
        self._encoder = self._info.incrementalencoder(errors)

    def write(self, object):
        self.stream.write(self._encoder.encode(object))

    def writelines(self, list):
        self.write(''.join(list))

    def reset(self):
        self._encoder.reset()

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.stream.close()


class StreamReader:
    """Reads text from a binary stream, decoding it."""

    _info = None

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors
        self._decoder = self._info.incrementaldecoder(errors)
        self._text = ''
        self._eof = False

    def _fill(self, size):
        while not self._eof and (size < 0 or len(self._text) < size):
            data = self.stream.read(-1 if size < 0 else max(size, 1024))
            if not data:
                self._eof = True
                self._text += self._decoder.decode(b'', True)
                break
            self._text += self._decoder.decode(data)

    def read(self, size=-1, chars=-1, firstline=False):
        n = chars if chars >= 0 else size
        self._fill(n)
        if n < 0:
            text, self._text = self._text, ''
        else:
            text, self._text = self._text[:n], self._text[n:]
        return text

    def readline(self, size=None, keepends=True):
        while '\n' not in self._text and not self._eof:
            self._fill(len(self._text) + 1024)
        i = self._text.find('\n')
        end = len(self._text) if i < 0 else i + 1
        line, self._text = self._text[:end], self._text[end:]
        return line if keepends else line.rstrip('\r\n')

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def reset(self):
        self._decoder.reset()
        self._text = ''

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.stream.close()


def _stream_class(base, info):
    return type(base.__name__, (base,), {'_info': info})


class StreamReaderWriter(StreamReader):
    """A stream that reads with one codec and writes with the same."""

    def __init__(self, stream, Reader, Writer, errors='strict'):
        self._info = Reader._info
        StreamReader.__init__(self, stream, errors)
        self._writer = Writer(stream, errors)

    def write(self, data):
        return self._writer.write(data)

    def writelines(self, list):
        return self._writer.writelines(list)


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    """Open an encoded file using the given mode and return a wrapped version providing
    transparent encoding/decoding."""
    if encoding is not None and 'b' not in mode:
        mode = mode + 'b'
    file = _builtins.open(filename, mode, buffering)
    if encoding is None:
        return file
    info = lookup(encoding)
    srw = StreamReaderWriter(file, info.streamreader, info.streamwriter, errors)
    srw.encoding = encoding
    return srw


def EncodedFile(file, data_encoding, file_encoding=None, errors='strict'):
    """Return a wrapped version of file which provides transparent encoding translation
    (aw: reads and writes text in data_encoding)."""
    info = lookup(file_encoding or data_encoding)
    return StreamReaderWriter(file, info.streamreader, info.streamwriter, errors)


_SIMPLE_ESCAPES = {'\\': '\\', "'": "'", '"': '"', 'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n',
                   'r': '\r', 't': '\t', 'v': '\v', '\n': ''}


def escape_decode(data, errors=None):
    """Decodes backslash escapes in bytes (as in a bytes literal); returns (bytes, consumed)."""
    if isinstance(data, str):
        data = data.encode('latin-1')
    text = bytes(data).decode('latin-1')
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c != '\\' or i + 1 == n:
            if c == '\\':
                raise ValueError('Trailing \\ in string')
            out.append(c)
            i += 1
            continue
        c = text[i + 1]
        i += 2
        if c in _SIMPLE_ESCAPES:
            out.append(_SIMPLE_ESCAPES[c])
        elif c in '01234567':
            j = i
            while j < n and j < i + 2 and text[j] in '01234567':
                j += 1
            out.append(chr(int(c + text[i:j], 8) & 0xFF))
            i = j
        elif c == 'x':
            h = text[i:i + 2]
            if len(h) < 2 or any(ch not in '0123456789abcdefABCDEF' for ch in h):
                raise ValueError('invalid \\x escape at position %d' % (i - 2))
            out.append(chr(int(h, 16)))
            i += 2
        else:
            out.append('\\' + c)
    return ''.join(out).encode('latin-1'), len(data)

