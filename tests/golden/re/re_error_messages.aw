import re

bad = [
    '(abc', 'a)', '*a', 'a**', '+', '?', 'a{2,1}', r'\q', r'[\q]', '[a', '[z-a]',
    '(?<n>x)', '(?P<1a>x)', '(?P<n>x)(?P<n>y)', '(?P=zz)', r'\2(a)', '(a)\\2', '(?x', '(?z)',
    'a(?i)b', '(?<=a+)b', '(?<=a|bc)d', r'\x4', r'\u12', '(?P<n', 'x{1,2}{3}', '^*',
    r'[\d-z]', '(?(2)a)', '\\', '[]', '(?', '(?P', '(?Px)', '(?P=)', '(?i', '(?-i)a',
    r'(a)(?<=\1)', '(?<!a*)b', '(?#abc', '(', ')', '(?:a|b', r'\N{LATIN SMALL LETTER A}' if False else 'a{1',
]
for p in bad:
    try:
        re.compile(p)
        print(repr(p), 'compiles')
    except re.error as e:
        print(repr(p), '->', e)
