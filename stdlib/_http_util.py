"""_http_util: what the `http` and `aiohttp` modules share (stdlib/http.py, stdlib/aiohttp.py):
Headers (a case-insensitive multi-valued mapping), the URL and form encodings aiohttp uses
(yarl's query quoting, urllib's form quoting), request bodies and header lines for `_http.request`.
"""

import json as _json


class Headers:
    """Case-insensitive multi-valued mapping of header names to values, in arrival order."""

    __slots__ = ('_items', '_index')

    def __init__(self, items=()):
        if isinstance(items, str):
            items = parse_header_lines(items)
        elif isinstance(items, Headers):
            items = items._items
        elif isinstance(items, dict):
            items = list(items.items())
        self._items = [(str(k), str(v)) for k, v in items]
        self._index = None

    def _lookup(self):
        index = self._index
        if index is None:
            index = {}
            for k, v in self._items:
                index.setdefault(k.lower(), v)
            self._index = index
        return index

    def __getitem__(self, key):
        index = self._lookup()
        try:
            return index[key.lower()]
        except KeyError:
            raise KeyError(key) from None

    def get(self, key, default=None):
        return self._lookup().get(key.lower(), default)

    def getone(self, key, default=KeyError):
        try:
            return self[key]
        except KeyError:
            if default is KeyError:
                raise
            return default

    def getall(self, key, default=KeyError):
        low = key.lower()
        found = [v for k, v in self._items if k.lower() == low]
        if not found:
            if default is KeyError:
                raise KeyError(key)
            return default
        return found

    def __contains__(self, key):
        return isinstance(key, str) and key.lower() in self._lookup()

    def __iter__(self):
        return iter([k for k, v in self._items])

    def __len__(self):
        return len(self._items)

    def keys(self):
        return [k for k, v in self._items]

    def values(self):
        return [v for k, v in self._items]

    def items(self):
        return list(self._items)

    def copy(self):
        return Headers(self._items)

    def __eq__(self, other):
        if isinstance(other, Headers):
            return [(k.lower(), v) for k, v in self._items] == [(k.lower(), v) for k, v in other._items]
        if isinstance(other, dict):
            return len(other) == len(self._items) and all(self.get(k, None) == v for k, v in other.items())
        return NotImplemented

    def _body_repr(self):
        return ', '.join(f'{k!r}: {v!r}' for k, v in self._items)

    def __repr__(self):
        return f'<Headers({self._body_repr()})>'


def parse_header_lines(text):
    """[(name, value), ...] of "Name: value" lines (the engine's header_lines)."""
    out = []
    for line in text.split('\n'):
        name, colon, value = line.partition(':')
        if colon:
            out.append((name.strip(), value.strip()))
    return out


# Characters of a query key or value that stay as they are (yarl's query quoter: unreserved,
# sub-delimiters without + & = ;, and ? / : @); a space becomes '+'.
_QUERY_SAFE = frozenset('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
                        "-._~!$'()*,?/:@")
# urllib.parse.quote_plus keeps only these in a form body.
_FORM_SAFE = frozenset('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~')
# In a path, '/', '%' (already-escaped text) and the sub-delimiters stay too.
_PATH_SAFE = _QUERY_SAFE | frozenset('%+&=;')


def _quote(text, safe, space='%20'):
    out = []
    for ch in text:
        if ch in safe:
            out.append(ch)
        elif ch == ' ':
            out.append(space)
        else:
            for b in ch.encode('utf-8'):
                out.append('%%%02X' % b)
    return ''.join(out)


def _query_value(v):
    if isinstance(v, bool):
        raise TypeError('Invalid variable type: value should be str, int or float, got ' + repr(v) + ' of type ' + str(type(v)))
    if isinstance(v, (int, float)):
        return str(v)
    if isinstance(v, str):
        return v
    raise TypeError('Invalid variable type: value should be str, int or float, got ' + repr(v) + ' of type ' + str(type(v)))


def urlencode(params, safe=_QUERY_SAFE):
    """a=1&b=x+y from a dict, a list of pairs or a str (kept as is)."""
    if isinstance(params, str):
        return params
    pairs = params.items() if hasattr(params, 'items') else params
    return '&'.join(_quote(str(k), safe, '+') + '=' + _quote(_query_value(v), safe, '+') for k, v in pairs)


def form_encode(fields):
    """A form body as urllib.parse.urlencode writes it (what aiohttp sends for data=dict)."""
    pairs = fields.items() if hasattr(fields, 'items') else fields
    return '&'.join(_quote(str(k), _FORM_SAFE, '+') + '=' + _quote(str(v), _FORM_SAFE, '+') for k, v in pairs)


_URL_UNSAFE = ' "<>\\^`{|}'


def quote_url(url):
    """The URL with spaces, controls and non-ASCII characters percent-encoded (the rest kept)."""
    if url.isascii() and url.isprintable():
        for ch in _URL_UNSAFE:  # a few substring searches instead of a loop over the URL
            if ch in url:
                break
        else:
            return url
    return _quote(url, _PATH_SAFE | frozenset('#'))


def add_params(url, params):
    """url with params appended to its query (before any fragment)."""
    if not params:
        return url
    query = urlencode(params)
    url, hash_, fragment = url.partition('#')
    sep = '&' if '?' in url and not url.endswith('?') and not url.endswith('&') else ('' if url.endswith('?') else '?')
    return url + sep + query + hash_ + fragment


def encode_body(data, json):
    """(body bytes or None, content type or None) of a request, as aiohttp chooses them."""
    if data is not None and json is not None:
        raise ValueError('data and json parameters can not be used at the same time')
    if json is not None:
        return _json.dumps(json).encode('utf-8'), 'application/json'
    if data is None:
        return None, None
    if isinstance(data, (bytes, bytearray)):
        return bytes(data), 'application/octet-stream'
    if isinstance(data, str):
        return data.encode('utf-8'), 'text/plain; charset=utf-8'
    if hasattr(data, '_aw_form'):
        return data._aw_form()
    if hasattr(data, 'items') or isinstance(data, (list, tuple)):
        return form_encode(data).encode('ascii'), 'application/x-www-form-urlencoded'
    raise TypeError('Only io.IOBase, multidict and (name, file) pairs allowed, use .add_field() for '
                    'passing more complex parameters, got {!r}'.format(data))


def header_lines(headers):
    return [f'{k}: {v}' for k, v in headers]
