import re

for m in re.finditer(r'(\w+)@(\w+)\.com', 'x joe@mail.com, ann@site.com y'):
    print(m.span(), m.group(1), m.group(2), m.groups())
it = re.finditer('a', 'banana')
print(next(it).start(), [m.start() for m in it])
print([m.group() for m in re.finditer(r'\d*', '12a3')])
print(list(re.finditer('z', 'abc')))
