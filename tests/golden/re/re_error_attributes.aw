import re

try:
    re.compile('ab(c')
except re.error as e:
    print(type(e).__name__, e.msg, e.pattern, e.pos, e.lineno, e.colno)
    print(str(e), isinstance(e, Exception))
try:
    re.compile('a\nb)\nc')
except re.error as e:
    print(e)
    print(e.msg, e.pos, e.lineno, e.colno)
try:
    re.compile(b'[b-a]')
except re.error as e:
    print(e, e.pattern)
print(re.error, re.error.__name__, issubclass(re.error, Exception))
e = re.error('custom')
print(e, e.msg, e.pattern, e.pos, e.lineno)
try:
    re.sub('(a)', r'\2', 'a')
except re.error as e:
    print('error', e)
try:
    re.sub('(a)', r'\g<x>', 'a')
except IndexError as e:
    print('IndexError', e)
for repl in [r'\g<', r'\g<1', r'\g<a b>', r'\q', '\\']:
    try:
        re.sub('(a)', repl, 'a')
    except re.error as e:
        print('error', e)
