import re

m = re.search(r'(\w+) (\w+)(?: (\w+))?', 'say hello world!')
print(m)
print(m.group(), m.group(0), m.group(1), m.group(1, 2), m.group(2, 0, 3))
print(m[0], m[1], m[3])
print(m.groups(), m.groups('-'))
print(m.start(), m.end(), m.span(), m.start(2), m.end(2), m.span(3))
print(m.pos, m.endpos, m.string, m.re)
print(m.lastindex, m.lastgroup, m.regs)
m2 = re.match(r'(a)(b)?', 'ac')
print(m2.span(2), m2.start(2), m2.groups(), m2.lastindex)
print(re.match('x', 'x').lastindex, re.match('x', 'x').groups())
print(re.match('((a)b)', 'ab').lastindex, re.match('(a)()', 'a').lastindex, re.match('((a))', 'a').lastindex)
for bad in (4, -1, 'nope'):
    try:
        m.group(bad)
    except IndexError as e:
        print('IndexError', e)
try:
    m.start(7)
except IndexError as e:
    print('IndexError', e)
print(repr(re.match('.*', 'x' * 80)))
print(re.match('.*', "it's"), re.match(b'a+', b'aaa'))
