import re

a = re.compile('ab+')
b = re.compile('ab+')
print(a == b, a is b, hash(a) == hash(b))
print(re.compile('ab+', re.I) == a, a != re.compile('x'))
re.purge()
c = re.compile('ab+')
print(c == a, c.pattern, c.flags, c.groups)
for i in range(100):
    re.match('x%d' % i, 'x%d' % i)
print(re.match('x5', 'x5'), re.compile('x99').pattern)
import copy
print(copy.copy(a) is a, copy.deepcopy(a) is a)
