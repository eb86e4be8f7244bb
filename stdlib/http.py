"""http: aw's simple HTTP client (DESIGN.md §9).

    response = await http.get(url, headers=None, params=None, timeout=None)
    response = await http.post(url, data=None, json=None, headers=None, params=None, timeout=None)
    response = await http.head(url, ...), http.put, http.delete, http.request(method, url, ...)

A Response has status, reason, ok, url (the final one, after redirects), headers (Headers:
case-insensitive), body and content (bytes), text (str), json() and raise_for_status().
Failures raise ConnectionError (ConnectionRefusedError when refused) or TimeoutError with
curl's message; raise_for_status() raises HTTPStatusError for a 4xx/5xx status.

The transfer runs in the engine of stdlib/curl_engine.c (libcurl's multi interface on the aw
loop) through the native `_http.request`; keep-alive connections are reused by every request of
the loop. Redirects are followed (at most `max_redirects`), compressed bodies decoded, HTTPS
certificates verified. As CPython's `http` package, it also has HTTPStatus and HTTPMethod
(stdlib/_http_status.py). What aiohttp.py shares with it lives in stdlib/_http_util.py.
"""

import _http
import json as _json
from _http_util import Headers, add_params, encode_body, header_lines, quote_url
from _http_status import HTTPStatus, HTTPMethod

__all__ = ['get', 'post', 'put', 'delete', 'head', 'request', 'Response', 'Headers', 'HTTPStatusError',
           'HTTPStatus', 'HTTPMethod']

USER_AGENT = 'aw-http/1.0'


class HTTPStatusError(Exception):
    """A 4xx or 5xx response, raised by Response.raise_for_status()."""

    def __init__(self, status, reason, url):
        super().__init__(f'{status} {reason} for url {url}')
        self.status = status
        self.reason = reason
        self.url = url


class Response:
    """The answer to one request; the whole body is already here."""

    def __init__(self, method, result):
        self.method = method
        self.status, self.reason, raw, self.body, self.url, history = result
        self._raw_headers = raw
        self._headers = None
        self.redirects = len(history)

    @property
    def headers(self):
        if self._headers is None:
            self._headers = Headers(self._raw_headers)
        return self._headers

    @property
    def content(self):
        return self.body

    @property
    def ok(self):
        return self.status < 400

    @property
    def encoding(self):
        ctype = self.headers.get('Content-Type', '')
        for part in ctype.split(';')[1:]:
            name, _, value = part.strip().partition('=')
            if name.lower() == 'charset' and value:
                return value.strip('"\' ')
        return 'utf-8'

    @property
    def text(self):
        return self.body.decode(self.encoding, 'replace')

    def json(self):
        return _json.loads(self.body.decode(self.encoding))

    def raise_for_status(self):
        if self.status >= 400:
            raise HTTPStatusError(self.status, self.reason, self.url)
        return self

    def __repr__(self):
        return f'<Response [{self.status} {self.reason}] {self.url}>'


async def request(method, url, *, params=None, data=None, json=None, headers=None, timeout=None,
                  follow_redirects=True, max_redirects=10, verify=True):
    """Sends one request and returns its Response (any status); see the module's doc."""
    method = method.upper()
    body, ctype = encode_body(data, json)
    sent = Headers(headers or ())
    lines = [('User-Agent', USER_AGENT)] if 'User-Agent' not in sent else []
    if ctype is not None and 'Content-Type' not in sent:
        lines.append(('Content-Type', ctype))
    lines.extend(sent.items())
    url = add_params(quote_url(str(url)), params)
    result = await _http.request(method, url, header_lines(lines), body, timeout, None,
                                 bool(follow_redirects), max_redirects, bool(verify))
    return Response(method, result)


async def get(url, *, params=None, headers=None, timeout=None, **kwargs):
    return await request('GET', url, params=params, headers=headers, timeout=timeout, **kwargs)


async def head(url, *, params=None, headers=None, timeout=None, **kwargs):
    return await request('HEAD', url, params=params, headers=headers, timeout=timeout, **kwargs)


async def post(url, data=None, *, json=None, params=None, headers=None, timeout=None, **kwargs):
    return await request('POST', url, params=params, data=data, json=json, headers=headers, timeout=timeout, **kwargs)


async def put(url, data=None, *, json=None, params=None, headers=None, timeout=None, **kwargs):
    return await request('PUT', url, params=params, data=data, json=json, headers=headers, timeout=timeout, **kwargs)


async def delete(url, *, params=None, headers=None, timeout=None, **kwargs):
    return await request('DELETE', url, params=params, headers=headers, timeout=timeout, **kwargs)
