import re

tests = [
    lambda: re.match('a', b'a'),
    lambda: re.match(b'a', 'a'),
    lambda: re.match('a', 5),
    lambda: re.compile(5),
    lambda: re.compile(re.compile('a'), re.I),
    lambda: re.compile(b'a', re.U),
    lambda: re.compile('a', re.L),
    lambda: re.findall('a', None),
    lambda: re.sub('a', 'b', b'a'),
    lambda: re.split(b'a', 'a'),
    lambda: re.search('a', ['a']),
]
for t in tests:
    try:
        print(t())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
p = re.compile('a')
print(re.compile(p) is p)
