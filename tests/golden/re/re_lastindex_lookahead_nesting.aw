import re

# lastindex is the group that closed last in matching time.
tests = [
    (r'((?=(\w+?É.)x*))+?K{0,}', 'éaa2É \n'),
    (r'(?=(ab))(a)', 'ab'),
    (r'(a)(?=(b))', 'ab'),
    (r'((a)(?=(b)))', 'ab'),
    (r'(?:(a)|(b))*', 'ba'),
    (r'(?:(a)|(b))*', 'ab'),
    (r'((a)|(b))+', 'ab'),
    (r'(a)(?<=(a))', 'a'),
    (r'(a)((b)(c))', 'abc'),
    (r'(?P<x>a)(?P<y>(?P<z>b))', 'ab'),
]
for p, s in tests:
    m = re.search(p, s)
    print(p, m.span(), m.groups(), m.lastindex, m.lastgroup)
