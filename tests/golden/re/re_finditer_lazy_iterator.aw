import re
import itertools

it = re.finditer(r'\w+', 'héllo wörld x')
print(type(it).__name__, iter(it) is it, next(it).group(), it.__next__().span())
print([m.group() for m in it], list(it))
try:
    next(it)
except StopIteration:
    print('StopIteration')
big = 'ab ' * 100000
print([m.span() for m in itertools.islice(re.finditer(r'b', big), 3)])
it = re.compile(r'\d').finditer('1a2b3c', 1, 5)
print([(m.group(), m.pos, m.endpos) for m in it])
print([m.span() for m in re.finditer(r'x*', 'axxb')])
