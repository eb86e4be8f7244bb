from urllib.parse import (urljoin, quote, quote_plus, unquote, unquote_plus, urlencode,
                          parse_qs, parse_qsl, quote_from_bytes, unquote_to_bytes)
from urllib import parse

base = 'http://a/b/c/d;p?q'
for rel in ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', ';x', '', '.', './',
            '..', '../', '../g', '../..', '../../g', '../../../g', '/./g', 'g.', '.g', 'g..',
            'http:g', 'https://other/x']:
    print(repr(rel), urljoin(base, rel))
print(urljoin('http://h/dir/', 'file'), urljoin('http://h/dir', 'file'), urljoin('', 'x'))
for s in ['a b', 'a/b c', 'ü€', '~user', 'a+b=c&d', '100%', "!*'();:@&=+$,/?#[]"]:
    print(repr(s), quote(s), quote(s, safe=''), quote_plus(s), quote_plus(s, safe='/'))
for s in ['%41%42', 'a+b', 'a%2Bb', '%E2%82%AC', '%zz', '%', 'caf%C3%A9', '%ff']:
    print(repr(s), repr(unquote(s)), repr(unquote_plus(s)), unquote_to_bytes(s))
print(quote(b'\x00\xff ab'), quote_from_bytes(b'a b'))
print(urlencode({'q': 'hello world', 'n': 1, 'x': 'a&b'}))
print(urlencode([('a', 1), ('a', 2), ('b', 'ü')]))
print(urlencode({'tags': ['x', 'y'], 's': 'z'}, doseq=True), urlencode({'tags': ['x', 'y']}))
print(urlencode({'q': 'a b'}, quote_via=quote))
q = 'a=1&b=2&a=3&empty=&flag&c=x+y&d=%26'
print(parse_qs(q), parse_qs(q, keep_blank_values=True))
print(parse_qsl(q), parse_qsl(q, keep_blank_values=True))
print(parse_qsl('a=1;b=2'), parse_qsl('a=1;b=2', separator=';'))
try:
    parse_qsl('flag', strict_parsing=True)
except ValueError as e:
    print('ValueError', e)
print(parse.quote('x y'), parse.ParseResult, parse.SplitResult.__mro__[1].__name__)
