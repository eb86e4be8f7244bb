"""codecs: the parts of CPython 3.11's codecs module that programs commonly use, written for
aw (CPython's needs the C registry _codecs).

aw's str and bytes know UTF-8, ASCII and Latin-1, so those are the codecs lookup() finds,
under CPython's names and aliases: encode, decode, lookup (CodecInfo), getencoder,
getdecoder, open (the built-in open with the encoding: a text file, where CPython returns a
StreamReaderWriter over a binary one), the BOM_* constants and the error-handler registry
(lookup_error/register_error). Differences: handlers registered with register_error are not
called by str.encode/bytes.decode; no stream reader/writer classes, incremental codecs,
iterencode/iterdecode or transforms (hex, base64, rot13 codecs).
"""

import builtins

__all__ = ['register', 'lookup', 'open', 'encode', 'decode', 'BOM', 'BOM_BE', 'BOM_LE',
           'BOM32_BE', 'BOM32_LE', 'BOM64_BE', 'BOM64_LE', 'BOM_UTF8', 'BOM_UTF16',
           'BOM_UTF16_LE', 'BOM_UTF16_BE', 'BOM_UTF32', 'BOM_UTF32_LE', 'BOM_UTF32_BE',
           'CodecInfo', 'getencoder', 'getdecoder', 'strict_errors', 'ignore_errors',
           'replace_errors', 'xmlcharrefreplace_errors', 'backslashreplace_errors',
           'namereplace_errors', 'register_error', 'lookup_error']

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_LE = BOM_UTF16_LE = b'\xff\xfe'
BOM_BE = BOM_UTF16_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
BOM = BOM_UTF16 = BOM_UTF16_LE      # little-endian machines
BOM_UTF32 = BOM_UTF32_LE
BOM32_LE = BOM_UTF16_LE
BOM32_BE = BOM_UTF16_BE
BOM64_LE = BOM_UTF32_LE
BOM64_BE = BOM_UTF32_BE


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
        return "<%s.%s object for encoding %s at %#x>" % \
            (self.__class__.__module__, self.__class__.__qualname__, self.name, id(self))


def _codec(name):
    def encode(input, errors='strict'):
        return input.encode(name, errors), len(input)

    def decode(input, errors='strict'):
        return bytes(input).decode(name, errors), len(input)

    return CodecInfo(encode, decode, name=name)


# CPython's canonical names and the aliases of the encodings aw has
_ALIASES = {
    'utf-8': ('utf_8', 'utf8', 'u8', 'utf', 'utf8_ucs2', 'utf8_ucs4', 'cp65001'),
    'ascii': ('646', 'ansi_x3.4_1968', 'ansi_x3_4_1968', 'ansi_x3.4_1986', 'cp367', 'csascii',
              'ibm367', 'iso646_us', 'iso_646.irv_1991', 'iso_ir_6', 'us', 'us_ascii'),
    'iso8859-1': ('latin_1', 'latin1', 'latin', 'l1', 'iso_8859_1', 'iso8859_1', '8859', 'cp819',
                  'csisolatin1', 'ibm819', 'iso_8859_1_1987', 'iso_ir_100'),
}
_codecs = {}
_search_functions = []


def _normalize(encoding):
    return encoding.lower().replace('-', '_').replace(' ', '_')


def register(search_function):
    """Register a codec search function."""
    if not callable(search_function):
        raise TypeError('argument must be callable')
    _search_functions.append(search_function)


def unregister(search_function):
    """Unregister a codec search function and clear the registry's cache."""
    if search_function in _search_functions:
        _search_functions.remove(search_function)
    _codecs.clear()


def lookup(encoding):
    """Looks up a codec tuple in the Python codec registry and returns a CodecInfo object."""
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s" % type(encoding).__name__)
    key = _normalize(encoding)
    info = _codecs.get(key)
    if info is not None:
        return info
    for f in _search_functions:
        info = f(key)
        if info is not None:
            _codecs[key] = info
            return info
    for name, aliases in _ALIASES.items():
        if key == _normalize(name) or key in aliases:
            info = _codecs[key] = _codec(name)
            return info
    raise LookupError('unknown encoding: %s' % encoding)


def encode(obj, encoding='utf-8', errors='strict'):
    """Encodes obj using the codec registered for encoding."""
    return lookup(encoding).encode(obj, errors)[0]


def decode(obj, encoding='utf-8', errors='strict'):
    """Decodes obj using the codec registered for encoding."""
    return lookup(encoding).decode(obj, errors)[0]


def getencoder(encoding):
    """Look up the codec for the given encoding and return its encoder function."""
    return lookup(encoding).encode


def getdecoder(encoding):
    """Look up the codec for the given encoding and return its decoder function."""
    return lookup(encoding).decode


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    """Open an encoded file using the given mode and return a file object."""
    if encoding is None:
        return builtins.open(filename, mode, buffering)
    lookup(encoding)
    if 'b' in mode:
        raise ValueError("binary mode doesn't take an encoding argument")
    return builtins.open(filename, mode, buffering, encoding, errors)


def _error_handler(name):
    def handler(exception):
        raise exception
    handler.__name__ = name + '_errors'
    return handler


_error_handlers = {name: _error_handler(name) for name in
                   ('strict', 'ignore', 'replace', 'xmlcharrefreplace', 'backslashreplace',
                    'namereplace', 'surrogateescape', 'surrogatepass')}
strict_errors = _error_handlers['strict']
ignore_errors = _error_handlers['ignore']
replace_errors = _error_handlers['replace']
xmlcharrefreplace_errors = _error_handlers['xmlcharrefreplace']
backslashreplace_errors = _error_handlers['backslashreplace']
namereplace_errors = _error_handlers['namereplace']


def register_error(name, handler):
    """Register the specified error handler under the name errors."""
    if not callable(handler):
        raise TypeError('handler must be callable')
    _error_handlers[name] = handler


def lookup_error(name):
    """Return the error handler for the specified error handling name."""
    try:
        return _error_handlers[name]
    except KeyError:
        raise LookupError('unknown error handler name %r' % name) from None


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


# pickles made by CPython name codecs.encode as _codecs.encode (stdlib/_codecs.py)
for _f in (encode, decode, lookup, register, escape_decode, lookup_error, register_error):
    _f.__module__ = '_codecs'
del _f
