import re

p = re.compile(r'(?P<year>\d{4})-(?P<month>\d\d)(?:-(?P<day>\d\d))?')
m = p.match('2024-05')
print(m.groupdict(), m.groupdict('?'))
print(m.group('year'), m['month'], m.span('year'), m.start('month'), m.end('day'))
print(m.lastindex, m.lastgroup)
print(p.groups, p.groupindex, dict(p.groupindex), p.groupindex['day'])
print(sorted(p.groupindex.items()))
print(re.match(r'(?P<a>x)(?P=a)', 'xx'), re.match(r'(?P<a>x)(?P=a)', 'xy'))
print(re.sub(r'(?P<w>\w+)', r'<\g<w>>', 'a bc'))
print(re.match(r'(?P<n>a)|(?P<m>b)', 'b').lastgroup)
print(re.match(r'(?P<n>a)(b)', 'ab').lastgroup)
print(re.compile(r'(?P<名前>\w+)').match('値').groupdict())
