"""aiohttp: the client subset of aiohttp 3.8 that tutorials use, on aw's HTTP engine.

ClientSession (async context manager; get/post/put/patch/delete/head/options/request usable as
`async with session.get(url) as resp` and as `resp = await session.get(url)`), ClientResponse
(status, reason, ok, headers, url, history, content_type, charset, text(), json(), read(),
raise_for_status(), release()), ClientTimeout, TCPConnector(limit=...), BasicAuth,
aiohttp.request(), and the exception hierarchy with aiohttp's names, bases and messages.

Requests run in the libcurl engine of the aw loop (stdlib/curl_engine.c) through
`_http.request`, which receives the whole response: reading the body never waits again, and
redirects are followed by curl. SPEC.md lists the deliberate differences from aiohttp.
"""

import asyncio
import json as _json
import _http
import _http_util as _awhttp

__version__ = '3.8.4'

__all__ = [
    'ClientSession', 'ClientResponse', 'ClientTimeout', 'TCPConnector', 'BaseConnector', 'BasicAuth', 'FormData',
    'RequestInfo', 'request', 'ClientError', 'ClientConnectionError', 'ClientOSError',
    'ClientConnectorError', 'ClientProxyConnectionError', 'ClientSSLError', 'ClientConnectorSSLError',
    'ClientConnectorCertificateError', 'ServerConnectionError', 'ServerTimeoutError',
    'ServerDisconnectedError', 'ServerFingerprintMismatch', 'ClientResponseError', 'ClientHttpProxyError',
    'ContentTypeError', 'ClientPayloadError', 'InvalidURL', 'TooManyRedirects',
]


# ---- exceptions (aiohttp/client_exceptions.py) ----

class ClientError(Exception):
    """Base class for client connection errors."""


class ClientResponseError(ClientError):
    def __init__(self, request_info, history, *, code=None, status=None, message='', headers=None):
        self.request_info = request_info
        if status is not None:
            self.status = status
        elif code is not None:
            self.status = code
        else:
            self.status = 0
        self.message = message
        self.headers = headers
        self.history = history
        self.args = (request_info, history)

    def __str__(self):
        return '{}, message={!r}, url={!r}'.format(self.status, self.message, self.request_info.real_url)

    def __repr__(self):
        args = f'{self.request_info!r}, {self.history!r}'
        if self.status != 0:
            args += f', status={self.status!r}'
        if self.message != '':
            args += f', message={self.message!r}'
        if self.headers is not None:
            args += f', headers={self.headers!r}'
        return f'{type(self).__name__}({args})'


class ContentTypeError(ClientResponseError):
    """ContentType found is not valid."""


class WSServerHandshakeError(ClientResponseError):
    """websocket server handshake error."""


class ClientHttpProxyError(ClientResponseError):
    """HTTP proxy error."""


class TooManyRedirects(ClientResponseError):
    """Client was redirected too many times."""


class ClientConnectionError(ClientError):
    """Base class for client socket errors."""


class ClientOSError(ClientConnectionError, OSError):
    """OSError error."""


class ClientConnectorError(ClientOSError):
    def __init__(self, connection_key, os_error):
        self._conn_key = connection_key
        self._os_error = os_error
        super().__init__(os_error.errno, os_error.strerror)
        self.args = (connection_key, os_error)

    @property
    def os_error(self):
        return self._os_error

    @property
    def host(self):
        return self._conn_key.host

    @property
    def port(self):
        return self._conn_key.port

    @property
    def ssl(self):
        return self._conn_key.ssl

    def __str__(self):
        return 'Cannot connect to host {0.host}:{0.port} ssl:{1} [{2}]'.format(
            self, self.ssl if self.ssl is not None else 'default', self.strerror)


class ClientProxyConnectionError(ClientConnectorError):
    """Proxy connection error."""


class ServerConnectionError(ClientConnectionError):
    """Server connection errors."""


class ServerDisconnectedError(ServerConnectionError):
    def __init__(self, message=None):
        if message is None:
            message = 'Server disconnected'
        self.args = (message,)
        self.message = message


class ServerTimeoutError(ServerConnectionError, asyncio.TimeoutError):
    """Server timeout error."""


class ServerFingerprintMismatch(ServerConnectionError):
    def __init__(self, expected, got, host, port):
        self.expected = expected
        self.got = got
        self.host = host
        self.port = port
        self.args = (expected, got, host, port)


class ClientPayloadError(ClientError):
    """Response payload error."""


class InvalidURL(ClientError, ValueError):
    def __init__(self, url):
        super().__init__(url)

    @property
    def url(self):
        return self.args[0]

    def __str__(self):
        # BaseException.__str__, spelt out: aw's class slots let a __repr__ defined here
        # shadow the inherited exception __str__ (a core bug reported to the lead).
        return str(self.args[0])

    def __repr__(self):
        return f'<{self.__class__.__name__} {self.url}>'


class ClientSSLError(ClientConnectorError):
    """Base error for ssl.*Errors."""


class ClientConnectorSSLError(ClientSSLError):
    """Response ssl error."""


class ClientConnectorCertificateError(ClientSSLError):
    def __init__(self, connection_key, certificate_error):
        self._conn_key = connection_key
        self._certificate_error = certificate_error
        self.args = (connection_key, certificate_error)

    @property
    def certificate_error(self):
        return self._certificate_error

    @property
    def ssl(self):
        return self._conn_key.is_ssl

    def __str__(self):
        return ('Cannot connect to host {0.host}:{0.port} ssl:{0.ssl} '
                '[{0.certificate_error.__class__.__name__}: {0.certificate_error.args}]'.format(self))


# ---- URL (the parts of yarl.URL responses and errors show) ----

_DEFAULT_PORTS = {'http': 80, 'https': 443}


class URL:
    __slots__ = ('_text', 'scheme', 'host', 'port', 'path', 'query_string', 'fragment', '_explicit_port')

    def __init__(self, text=''):
        if isinstance(text, URL):
            text = text._text
        elif not isinstance(text, str):
            raise TypeError('Constructor parameter should be str')
        text = _awhttp.quote_url(text)
        self.scheme = self.host = ''
        self.port = None
        self._explicit_port = False
        rest = text
        if '://' in text:
            self.scheme, _, rest = text.partition('://')
            self.scheme = self.scheme.lower()
            authority = rest
            for sep in '/?#':
                authority = authority.split(sep, 1)[0]
            rest = rest[len(authority):]
            hostport = authority.rpartition('@')[2]
            host, colon, port = hostport.rpartition(':') if not hostport.endswith(']') else (hostport, '', '')
            if not colon or not port.isdigit():
                host = hostport
                port = ''
            self.host = host.lower()
            if port:
                self.port = int(port)
                self._explicit_port = self.port != _DEFAULT_PORTS.get(self.scheme)
            else:
                self.port = _DEFAULT_PORTS.get(self.scheme)
        rest, _, self.fragment = rest.partition('#')
        self.path, _, self.query_string = rest.partition('?')
        if self.scheme and not self.path:
            self.path = '/'
        self._text = self._build(rest)

    def _build(self, rest):
        if not self.scheme:
            return rest
        auth = self.host + (':%d' % self.port if self._explicit_port else '')
        path = self.path if rest else ''
        if path == '/' and not self.query_string and not self.fragment and not rest.startswith('/'):
            path = ''
        out = self.scheme + '://' + auth + path
        if self.query_string:
            out += '?' + self.query_string
        if self.fragment:
            out += '#' + self.fragment
        return out

    def is_absolute(self):
        return bool(self.host)

    @property
    def raw_host(self):
        return self.host

    @property
    def raw_path(self):
        return self.path

    @property
    def path_qs(self):
        return self.path + ('?' + self.query_string if self.query_string else '')

    @property
    def name(self):
        return self.path.rpartition('/')[2]

    @property
    def query(self):
        out = {}
        for part in self.query_string.split('&') if self.query_string else ():
            k, _, v = part.partition('=')
            out.setdefault(k, v)
        return out

    def origin(self):
        return URL(self.scheme + '://' + self.host + (':%d' % self.port if self._explicit_port else ''))

    def with_query(self, params):
        base = self._text.partition('#')[0].partition('?')[0]
        return URL(base + ('?' + _awhttp.urlencode(params) if params else ''))

    def update_query(self, params):
        return URL(_awhttp.add_params(self._text, params))

    def join(self, other):
        other = URL(other)
        if other.is_absolute():
            return other
        if other._text.startswith('/'):
            return URL(str(self.origin()) + other._text)
        base = self.path.rpartition('/')[0]
        return URL(str(self.origin()) + base + '/' + other._text)

    def human_repr(self):
        return self._text

    def __str__(self):
        return self._text

    def __repr__(self):
        return f"URL('{self._text}')"

    def __eq__(self, other):
        return isinstance(other, URL) and self._text == other._text

    def __hash__(self):
        return hash(self._text)

    def __truediv__(self, name):
        base = self._text.partition('?')[0].partition('#')[0]
        return URL(base.rstrip('/') + '/' + name)


# ---- small value classes ----

class CIMultiDictProxy(_awhttp.Headers):
    """A read-only view of headers (multidict's CIMultiDictProxy)."""

    __slots__ = ()

    def __repr__(self):
        return f'<CIMultiDictProxy({self._body_repr()})>'


class CIMultiDict(_awhttp.Headers):
    __slots__ = ()

    def __setitem__(self, key, value):
        low = key.lower()
        self._items = [(k, v) for k, v in self._items if k.lower() != low] + [(key, str(value))]
        self._index = None

    def add(self, key, value):
        self._items.append((key, str(value)))
        self._index = None

    def pop(self, key, *default):
        low = key.lower()
        kept = [(k, v) for k, v in self._items if k.lower() != low]
        if len(kept) == len(self._items):
            if default:
                return default[0]
            raise KeyError(key)
        value = self[key]
        self._items = kept
        self._index = None
        return value

    def update(self, other=(), **kwargs):
        items = other.items() if hasattr(other, 'items') else other
        for k, v in list(items) + list(kwargs.items()):
            self[k] = v

    def __repr__(self):
        return f'<CIMultiDict({self._body_repr()})>'


class ClientTimeout:
    __slots__ = ('total', 'connect', 'sock_read', 'sock_connect')

    def __init__(self, total=None, connect=None, sock_read=None, sock_connect=None):
        self.total = total
        self.connect = connect
        self.sock_read = sock_read
        self.sock_connect = sock_connect

    def __repr__(self):
        return (f'ClientTimeout(total={self.total!r}, connect={self.connect!r}, '
                f'sock_read={self.sock_read!r}, sock_connect={self.sock_connect!r})')

    def __eq__(self, other):
        if not isinstance(other, ClientTimeout):
            return NotImplemented
        return (self.total, self.connect, self.sock_read, self.sock_connect) == (
            other.total, other.connect, other.sock_read, other.sock_connect)


DEFAULT_TIMEOUT = ClientTimeout(total=5 * 60)


class BasicAuth:
    __slots__ = ('login', 'password', 'encoding')

    def __init__(self, login, password='', encoding='latin1'):
        if login is None:
            raise ValueError('None is not allowed as login value')
        if ':' in login:
            raise ValueError('A ":" is not allowed in login (RFC 1945#section-11.1)')
        self.login = login
        self.password = password
        self.encoding = encoding

    def encode(self):
        raw = (self.login + ':' + self.password).encode(self.encoding)
        return 'Basic ' + _base64(raw)

    def __repr__(self):
        return f'BasicAuth(login={self.login!r}, password={self.password!r}, encoding={self.encoding!r})'


_B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'


def _base64(raw):
    out = []
    for i in range(0, len(raw), 3):
        chunk = raw[i:i + 3]
        n = int.from_bytes(chunk + b'\0' * (3 - len(chunk)), 'big')
        quad = [_B64[(n >> s) & 63] for s in (18, 12, 6, 0)]
        out.append(''.join(quad[:len(chunk) + 1]) + '=' * (3 - len(chunk)))
    return ''.join(out)


class RequestInfo:
    __slots__ = ('url', 'method', 'headers', 'real_url')

    def __init__(self, url, method, headers, real_url):
        self.url = url
        self.method = method
        self.headers = headers
        self.real_url = real_url

    def __repr__(self):
        return (f'RequestInfo(url={self.url!r}, method={self.method!r}, '
                f'headers={self.headers!r}, real_url={self.real_url!r})')


class ConnectionKey:
    __slots__ = ('host', 'port', 'is_ssl', 'ssl')

    def __init__(self, host, port, is_ssl, ssl):
        self.host = host
        self.port = port
        self.is_ssl = is_ssl
        self.ssl = ssl


class HttpVersion:
    __slots__ = ('major', 'minor')

    def __init__(self, major, minor):
        self.major = major
        self.minor = minor

    def __repr__(self):
        return f'HttpVersion(major={self.major}, minor={self.minor})'

    def __eq__(self, other):
        return isinstance(other, HttpVersion) and (self.major, self.minor) == (other.major, other.minor)


HttpVersion10 = HttpVersion(1, 0)
HttpVersion11 = HttpVersion(1, 1)


# ---- connector: the connection limit ----

class BaseConnector:
    def __init__(self, *, limit=100, limit_per_host=0, force_close=False, keepalive_timeout=None,
                 enable_cleanup_closed=False, loop=None, **kwargs):
        self._limit = limit
        self._limit_per_host = limit_per_host
        self._force_close = force_close
        self._sem = None
        self._closed = False
        self._verify = kwargs.get('verify_ssl', True) is not False and kwargs.get('ssl', None) is not False

    @property
    def limit(self):
        return self._limit

    @property
    def limit_per_host(self):
        return self._limit_per_host

    @property
    def force_close(self):
        return self._force_close

    @property
    def closed(self):
        return self._closed

    def _semaphore(self):
        if not self._limit:
            return None
        if self._sem is None:
            self._sem = asyncio.Semaphore(self._limit)
        return self._sem

    async def close(self):
        self._closed = True


class TCPConnector(BaseConnector):
    def __init__(self, *, verify_ssl=True, fingerprint=None, use_dns_cache=True, ttl_dns_cache=10,
                 dns_cache_max_size=1000,
                 family=0, ssl_context=None, ssl=None, local_addr=None, resolver=None,
                 keepalive_timeout=None, force_close=False, limit=100, limit_per_host=0,
                 enable_cleanup_closed=False, loop=None):
        super().__init__(limit=limit, limit_per_host=limit_per_host, force_close=force_close,
                         verify_ssl=verify_ssl, ssl=ssl)
        self._ssl = ssl


class FormData:
    """Form fields sent as application/x-www-form-urlencoded (files and multipart bodies are not
    supported: aw raises NotImplementedError for them)."""

    def __init__(self, fields=(), quote_fields=True, charset=None):
        self._fields = []
        self._charset = charset
        items = fields.items() if hasattr(fields, 'items') else fields
        for name, value in items:
            self.add_field(name, value)

    def add_field(self, name, value, *, content_type=None, filename=None, content_transfer_encoding=None):
        if filename is not None or content_type is not None or not isinstance(value, (str, int, float)):
            raise NotImplementedError('aw: FormData supports plain str fields only (no files or multipart)')
        self._fields.append((name, str(value)))

    def add_fields(self, *fields):
        for rec in fields:
            items = rec.items() if hasattr(rec, 'items') else [rec]
            for name, value in items:
                self.add_field(name, value)

    def _aw_form(self):
        ctype = 'application/x-www-form-urlencoded'
        if self._charset is not None:
            ctype += '; charset=' + self._charset
        return _awhttp.form_encode(self._fields).encode(self._charset or 'utf-8'), ctype

    def __call__(self):
        return self


# ---- response ----

class StreamReader:
    """resp.content: the body, already received, read piece by piece."""

    def __init__(self, body):
        self._body = body
        self._pos = 0

    async def read(self, n=-1):
        end = len(self._body) if n < 0 else min(len(self._body), self._pos + n)
        chunk = self._body[self._pos:end]
        self._pos = end
        return chunk

    async def readany(self):
        return await self.read()

    async def readline(self):
        nl = self._body.find(b'\n', self._pos)
        end = len(self._body) if nl < 0 else nl + 1
        chunk = self._body[self._pos:end]
        self._pos = end
        return chunk

    async def readexactly(self, n):
        if len(self._body) - self._pos < n:
            raise asyncio.IncompleteReadError(self._body[self._pos:], n)
        return await self.read(n)

    def at_eof(self):
        return self._pos >= len(self._body)

    async def iter_chunked(self, n):
        while not self.at_eof():
            yield await self.read(n)

    async def iter_any(self):
        while not self.at_eof():
            yield await self.read()

    def __aiter__(self):
        return self._lines()

    async def _lines(self):
        while not self.at_eof():
            yield await self.readline()


def _parse_content_type(ctype):
    """(mimetype, params) of a Content-Type value."""
    parts = ctype.split(';')
    params = {}
    for part in parts[1:]:
        name, _, value = part.strip().partition('=')
        if name:
            params[name.strip().lower()] = value.strip().strip('"')
    return parts[0].strip().lower(), params


class ClientResponse:
    version = HttpVersion11

    def __init__(self, method, url, request_headers, result, history=()):
        self.method = method
        self.status, self.reason, self._raw_headers, self._body, final_url, blocks = result
        self._request_url = url
        self._request_headers = request_headers
        self._blocks = blocks
        self._final_url = final_url
        self._headers = None
        self._history = history
        self._url = None
        self._content = None
        self._released = False

    @property
    def headers(self):
        if self._headers is None:
            self._headers = CIMultiDictProxy(self._raw_headers)
        return self._headers

    @property
    def raw_headers(self):
        return tuple((k.encode('utf-8'), v.encode('utf-8')) for k, v in self.headers.items())

    @property
    def url(self):
        if self._url is None:
            self._url = self._request_url if not self._blocks else URL(self._final_url)
        return self._url

    @property
    def real_url(self):
        return self.url

    @property
    def host(self):
        return self.url.host

    @property
    def history(self):
        """The redirect responses that led here (bodies are not kept)."""
        if self._blocks and not self._history:
            out = []
            url = self._request_url
            for status, reason, headers in self._blocks:
                out.append(ClientResponse(self.method, url, self._request_headers,
                                          (status, reason, headers, b'', str(url), []), ()))
                location = CIMultiDictProxy(headers).get('Location')
                if location is not None:
                    url = url.join(location)
            self._history = tuple(out)
        return self._history

    @property
    def request_info(self):
        headers = self._request_headers
        if not isinstance(headers, CIMultiDictProxy):
            headers = self._request_headers = CIMultiDictProxy(headers)
        return RequestInfo(self.url, self.method, headers, self.url)

    @property
    def ok(self):
        return 400 > self.status

    @property
    def content_type(self):
        raw = self.headers.get('Content-Type')
        if raw is None:
            return 'application/octet-stream'
        return _parse_content_type(raw)[0]

    @property
    def charset(self):
        raw = self.headers.get('Content-Type')
        if raw is None:
            return None
        return _parse_content_type(raw)[1].get('charset')

    @property
    def content_length(self):
        value = self.headers.get('Content-Length')
        return int(value) if value is not None else None

    @property
    def content(self):
        if self._content is None:
            self._content = StreamReader(self._body)
        return self._content

    @property
    def cookies(self):
        return {}

    @property
    def closed(self):
        return self._released

    def get_encoding(self):
        mimetype, params = _parse_content_type(self.headers.get('Content-Type', '').lower())
        encoding = params.get('charset')
        if encoding:
            try:
                ''.encode(encoding)
            except LookupError:
                encoding = None
        return encoding or 'utf-8'

    async def read(self):
        return self._body

    async def text(self, encoding=None, errors='strict'):
        if encoding is None:
            encoding = self.get_encoding()
        return self._body.decode(encoding, errors)

    async def json(self, *, encoding=None, loads=_json.loads, content_type='application/json'):
        if content_type:
            ctype = self.headers.get('Content-Type', '').lower()
            if not _is_expected_content_type(ctype, content_type):
                raise ContentTypeError(
                    self.request_info, self.history,
                    message='Attempt to decode JSON with unexpected mimetype: %s' % ctype,
                    headers=self.headers)
        stripped = self._body.strip()
        if not stripped:
            return None
        if encoding is None:
            encoding = self.get_encoding()
        return loads(stripped.decode(encoding))

    def raise_for_status(self):
        if not self.ok:
            self.release()
            raise ClientResponseError(self.request_info, self.history, status=self.status,
                                      message=self.reason, headers=self.headers)

    def release(self):
        self._released = True

    def close(self):
        self._released = True

    async def wait_for_close(self):
        self._released = True

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        self.release()

    def __repr__(self):
        reason = self.reason.encode('ascii', 'backslashreplace').decode('ascii') if self.reason else self.reason
        return '<ClientResponse({}) [{} {}]>\n{}\n'.format(self.url, self.status, reason, self.headers)


def _is_expected_content_type(response_content_type, expected_content_type):
    if expected_content_type == 'application/json':
        mimetype = response_content_type.split(';')[0].strip()
        return mimetype == 'application/json' or (mimetype.startswith('application/') and mimetype.endswith('+json'))
    return expected_content_type in response_content_type


# ---- errors from the engine ----

# curl's CURLcode numbers the mapping below looks at.
_CURLE_UNSUPPORTED_PROTOCOL = 1
_CURLE_URL_MALFORMAT = 3
_CURLE_COULDNT_RESOLVE_HOST = 6
_CURLE_COULDNT_CONNECT = 7
_CURLE_PARTIAL_FILE = 18
_CURLE_OPERATION_TIMEDOUT = 28
_CURLE_SSL_CONNECT_ERROR = 35
_CURLE_TOO_MANY_REDIRECTS = 47
_CURLE_GOT_NOTHING = 52
_CURLE_SEND_ERROR = 55
_CURLE_RECV_ERROR = 56
_CURLE_PEER_FAILED_VERIFICATION = 60
_CURLE_BAD_CONTENT_ENCODING = 61


def _is_ip(host):
    parts = host.split('.')
    return len(parts) == 4 and all(p.isdigit() for p in parts)


def _client_error(exc, url, method, headers, ssl, connect_limited):
    """The aiohttp exception for an engine failure (exc: OSError with curl_code)."""
    code = getattr(exc, 'curl_code', None)
    key = ConnectionKey(url.host, url.port, url.scheme == 'https', ssl)
    message = str(exc)
    if code == _CURLE_OPERATION_TIMEDOUT:
        if message.startswith('Operation too slow'):
            return ServerTimeoutError('Timeout on reading data from socket')
        if connect_limited and (message.startswith('Connection timed out') or message.startswith('Failed to connect')
                                or message.startswith('Resolving timed out')):
            return ServerTimeoutError('Connection timeout to host ' + str(url))
        return asyncio.TimeoutError()
    if code == _CURLE_COULDNT_CONNECT:
        if isinstance(exc, ConnectionRefusedError) and _is_ip(url.host):
            return ClientConnectorError(key, ConnectionRefusedError(111, f'Connect call failed {(url.host, url.port)!r}'))
        return ClientConnectorError(key, OSError(exc.errno if exc.errno is not None else None, message))
    if code == _CURLE_COULDNT_RESOLVE_HOST:
        return ClientConnectorError(key, OSError(-2, 'Name or service not known'))
    if code == _CURLE_PEER_FAILED_VERIFICATION:
        return ClientConnectorCertificateError(key, Exception(message))
    if code == _CURLE_SSL_CONNECT_ERROR:
        return ClientConnectorSSLError(key, OSError(None, message))
    if code == _CURLE_TOO_MANY_REDIRECTS:
        info = RequestInfo(url, method, headers, url)
        return TooManyRedirects(info, ())
    if code in (_CURLE_GOT_NOTHING, _CURLE_SEND_ERROR, _CURLE_RECV_ERROR):
        return ServerDisconnectedError()
    if code in (_CURLE_PARTIAL_FILE, _CURLE_BAD_CONTENT_ENCODING):
        return ClientPayloadError('Response payload is not completed')
    if code in (_CURLE_UNSUPPORTED_PROTOCOL, _CURLE_URL_MALFORMAT):
        return InvalidURL(url)
    return ClientOSError(message)


def _method_after_redirects(method, blocks):
    """As aiohttp (and browsers): a 303 turns anything but HEAD into GET, a 301/302 a POST."""
    for status, reason, headers in blocks:
        if (status == 303 and method != 'HEAD') or (status in (301, 302) and method == 'POST'):
            method = 'GET'
    return method


def _timeouts(timeout):
    """(total, connect, sock_read) seconds for the engine from a ClientTimeout or a number."""
    if not isinstance(timeout, ClientTimeout):
        timeout = ClientTimeout(total=timeout)
    connect = timeout.connect
    if timeout.sock_connect is not None and (connect is None or timeout.sock_connect < connect):
        connect = timeout.sock_connect
    return _positive(timeout.total), _positive(connect), _positive(timeout.sock_read)


def _positive(seconds):
    """aiohttp applies a limit only when it is positive."""
    return seconds if seconds is not None and seconds > 0 else None


# ---- session ----

_sentinel = object()
_DEFAULT_HEADERS = [('Accept', '*/*'), ('Accept-Encoding', 'gzip, deflate'),
                    ('User-Agent', 'Python/3.11 aiohttp/' + __version__)]


class _RequestContextManager:
    """What session.get() returns: awaitable, and an async context manager releasing the
    response at exit."""

    __slots__ = ('_coro', '_resp')

    def __init__(self, coro):
        self._coro = coro

    def send(self, arg):
        return self._coro.send(arg)

    def throw(self, arg):
        self._coro.throw(arg)

    def close(self):
        return self._coro.close()

    def __await__(self):
        return self._coro.__await__()

    def __iter__(self):
        return self.__await__()

    async def __aenter__(self):
        self._resp = await self._coro
        return self._resp

    async def __aexit__(self, exc_type, exc, tb):
        self._resp.release()


class _SessionRequestContextManager:
    """aiohttp.request(): the response, and the session closed with it."""

    __slots__ = ('_coro', '_resp', '_session')

    def __init__(self, coro, session):
        self._coro = coro
        self._session = session

    def __await__(self):
        return self._await().__await__()

    async def _await(self):
        try:
            return await self._coro
        except BaseException:
            await self._session.close()
            raise

    async def __aenter__(self):
        self._resp = await self._await()
        return self._resp

    async def __aexit__(self, exc_type, exc, tb):
        self._resp.release()
        await self._session.close()


class ClientSession:
    """A set of default headers, a timeout and a connection limit shared by its requests.
    Connections themselves are the loop engine's (kept alive across sessions)."""

    def __init__(self, base_url=None, *, connector=None, loop=None, cookies=None, headers=None,
                 skip_auto_headers=None, auth=None, json_serialize=_json.dumps, version=HttpVersion11,
                 cookie_jar=None, connector_owner=True, raise_for_status=False, timeout=_sentinel,
                 auto_decompress=True, trust_env=False, requote_redirect_url=True, trace_configs=None,
                 read_bufsize=2 ** 16, conn_timeout=None, read_timeout=_sentinel, request_class=None,
                 response_class=None, ws_response_class=None, max_headers=None):
        self._base_url = URL(base_url) if base_url is not None else None
        self._connector = connector if connector is not None else TCPConnector()
        self._connector_owner = connector_owner
        self._timeout = DEFAULT_TIMEOUT if timeout is _sentinel else timeout
        self._raise_for_status = raise_for_status
        self._json_serialize = json_serialize
        self._auth = auth
        self._skip = {h.lower() for h in (skip_auto_headers or ())}
        self._default_headers = CIMultiDict(headers or ())
        self._closed = False
        self._base_lines = self._header_lines(None, self._default_headers, auth)
        self._base_wire = _awhttp.header_lines(self._base_lines)
        self._default_timeouts = _timeouts(self._timeout)
        self._urls = {}  # str -> URL, so a URL requested again is not parsed again

    def _header_lines(self, extra, headers, auth):
        """The request header lines: auto headers, then the session's, then the request's."""
        merged = CIMultiDict(headers)
        if extra:
            merged.update(extra)
        out = [(k, v) for k, v in _DEFAULT_HEADERS if k.lower() not in self._skip and k not in merged]
        if auth is not None and 'Authorization' not in merged:
            out.append(('Authorization', auth.encode()))
        return out + merged.items()

    @property
    def closed(self):
        return self._closed

    @property
    def connector(self):
        return self._connector

    @property
    def timeout(self):
        return self._timeout

    @property
    def headers(self):
        return self._default_headers

    async def close(self):
        if not self._closed:
            self._closed = True
            if self._connector_owner:
                await self._connector.close()

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await self.close()

    def request(self, method, url, **kwargs):
        return _RequestContextManager(self._request(method, url, **kwargs))

    def get(self, url, *, allow_redirects=True, **kwargs):
        return _RequestContextManager(self._request('GET', url, allow_redirects=allow_redirects, **kwargs))

    def options(self, url, *, allow_redirects=True, **kwargs):
        return _RequestContextManager(self._request('OPTIONS', url, allow_redirects=allow_redirects, **kwargs))

    def head(self, url, *, allow_redirects=False, **kwargs):
        return _RequestContextManager(self._request('HEAD', url, allow_redirects=allow_redirects, **kwargs))

    def post(self, url, *, data=None, **kwargs):
        return _RequestContextManager(self._request('POST', url, data=data, **kwargs))

    def put(self, url, *, data=None, **kwargs):
        return _RequestContextManager(self._request('PUT', url, data=data, **kwargs))

    def patch(self, url, *, data=None, **kwargs):
        return _RequestContextManager(self._request('PATCH', url, data=data, **kwargs))

    def delete(self, url, **kwargs):
        return _RequestContextManager(self._request('DELETE', url, **kwargs))

    def _build_url(self, str_or_url):
        url = self._urls.get(str_or_url) if isinstance(str_or_url, str) else None
        if url is None:
            url = URL(str_or_url)
            if self._base_url is not None:
                url = self._base_url.join(url)
            if isinstance(str_or_url, str) and len(self._urls) < 256:
                self._urls[str_or_url] = url
        return url

    async def _request(self, method, str_or_url, *, params=None, data=None, json=None, cookies=None,
                       headers=None, skip_auto_headers=None, auth=None, allow_redirects=True,
                       max_redirects=10, compress=None, chunked=None, expect100=False,
                       raise_for_status=None, read_until_eof=True, proxy=None, proxy_auth=None,
                       timeout=_sentinel, verify_ssl=None, fingerprint=None, ssl_context=None, ssl=None,
                       proxy_headers=None, trace_request_ctx=None, read_bufsize=None, max_headers=None):
        if self._closed:
            raise RuntimeError('Session is closed')
        if data is not None and json is not None:
            raise ValueError('data and json parameters can not be used at the same time')
        if json is not None:
            data = self._json_serialize(json).encode('utf-8')
            body, ctype = data, 'application/json'
        else:
            body, ctype = _awhttp.encode_body(data, None)
        url = self._build_url(str_or_url)
        if not url.host:
            raise InvalidURL(url)
        if params:
            url = url.update_query(params)
        method = method.upper()
        if headers is None and ctype is None and auth is None and skip_auto_headers is None:
            lines = self._base_lines
            wire = self._base_wire
        else:
            skip = {h.lower() for h in (skip_auto_headers or ())}
            extra = CIMultiDict(headers or ())
            if ctype is not None and 'Content-Type' not in extra and 'Content-Type' not in self._default_headers:
                extra['Content-Type'] = ctype
            lines = [(k, v) for k, v in self._header_lines(extra, self._default_headers, auth or self._auth)
                     if k.lower() not in skip]
            wire = _awhttp.header_lines(lines)
        if timeout is _sentinel:
            total, connect, sock_read = self._default_timeouts
        else:
            total, connect, sock_read = _timeouts(timeout)
        verify = self._connector._verify and ssl is not False and verify_ssl is not False
        if max_redirects and max_redirects > 0:
            curl_redirects = max_redirects - 1  # aiohttp fails at the max_redirects-th redirect
        else:
            curl_redirects = -1
        sem = self._connector._semaphore()
        text_url = str(url)
        try:
            if sem is None:
                result = await _http.request(method, text_url, wire, body, total, connect,
                                             allow_redirects, curl_redirects, verify, sock_read)
            else:
                async with sem:
                    result = await _http.request(method, text_url, wire, body, total, connect,
                                                 allow_redirects, curl_redirects, verify, sock_read)
        except OSError as exc:
            if not hasattr(exc, 'curl_code'):
                raise
            raise _client_error(exc, url, method, CIMultiDictProxy(lines), ssl, connect is not None) from None
        if result[5]:
            method = _method_after_redirects(method, result[5])
        resp = ClientResponse(method, url, lines, result)
        check = self._raise_for_status if raise_for_status is None else raise_for_status
        if check:
            resp.raise_for_status()
        return resp


def request(method, url, *, params=None, data=None, json=None, headers=None, skip_auto_headers=None,
            auth=None, allow_redirects=True, max_redirects=10, compress=None, chunked=None,
            expect100=False, raise_for_status=None, read_until_eof=True, proxy=None, proxy_auth=None,
            timeout=_sentinel, cookies=None, version=HttpVersion11, connector=None, read_bufsize=None,
            loop=None):
    """One request in its own session: `async with aiohttp.request('GET', url) as resp:`."""
    session = ClientSession(connector=connector, timeout=DEFAULT_TIMEOUT if timeout is _sentinel else timeout,
                            cookies=cookies, version=version)
    coro = session._request(method, url, params=params, data=data, json=json, headers=headers,
                            skip_auto_headers=skip_auto_headers, auth=auth, allow_redirects=allow_redirects,
                            max_redirects=max_redirects, raise_for_status=raise_for_status)
    return _SessionRequestContextManager(coro, session)
