from urllib.parse import urlparse, urlsplit, urlunparse, urlunsplit, urldefrag
import urllib.parse

for u in ['http://user:pw@Example.COM:8080/path/a;p?q=1&r=2#frag', 'https://[::1]:443/x',
          'ftp://ftp.example.org/pub', '//host/path', '/just/a/path?x=1', 'mailto:someone@example.com',
          'file:///etc/passwd', 'relative/path#f', 'http://h/p?#', 'HTTP://H', 'http://host:/p',
          'data:text/plain;base64,SGk=', '']:
    r = urlparse(u)
    s = urlsplit(u)
    print(repr(u))
    print(' ', r)
    print(' ', s)
    print(' ', r.hostname, r.port, r.username, r.password, r.netloc, repr(r.geturl()), urlunsplit(s) == s.geturl())
r = urlparse('http://a.com/b?c#d')
print(r._replace(scheme='https', fragment=''), r._replace(path='/z').geturl())
print(r.scheme, r[0], tuple(r), len(r), r == ('http', 'a.com', '/b', '', 'c', 'd'))
print(urlunparse(('https', 'h', '/p', 'par', 'q=1', 'f')), urlunsplit(('s', 'n', 'p', 'q', 'f')))
print(urldefrag('http://h/p#sec'), urldefrag('http://h/p').url)
print(urlparse('www.example.com/x', scheme='https'), urlparse('a#b', allow_fragments=False))
print(urlparse(b'http://h/p?q'))
for bad in ['http://[::1/x', 'http://h:99999/', 'http://h:abc/']:
    try:
        print(urlparse(bad).port)
    except ValueError as e:
        print('ValueError', e)
print(urllib.parse.urlsplit('http://[v1.fe]/').hostname)
try:
    urlsplit('http://[1.2.3.4]/')
except ValueError as e:
    print('ValueError', e)
try:
    urlsplit('http://[zz::1]/')
except ValueError as e:
    print('ValueError', e)
