print('a b  c'.split(), 'a,b,,c'.split(','), 'a b c d'.split(' ', 2), '  lead trail  '.split())
print('a,b,c'.rsplit(',', 1), ''.split(), ''.split(','), 'x'.split('x'), 'a\tb\nc'.split())
try:
    'a'.split('')
except ValueError as e:
    print(type(e).__name__, e)
