import re

print(re.findall('abc', 'ABC abc AbC', re.I))
print(re.findall('abc', 'ABC abc AbC', re.IGNORECASE))
print(re.findall('^\\w+', 'one\ntwo\nthree', re.M))
print(re.findall('\\w+$', 'one\ntwo\nthree', re.MULTILINE))
print(re.findall('a.b', 'a\nb axb', re.S), re.findall('a.b', 'a\nb axb'))
print(re.findall('^', 'a\n', re.M), re.findall('$', 'a\n'), re.findall('$', 'a\n', re.M))
print(re.match(r'''
    (\d+)   # number
    \s*     # space
    ([a-z]+) # word
''', '12 ab', re.X).groups())
print(re.match(r'a b', 'ab', re.VERBOSE), re.match(r'a\ b[ ]c', 'a b c', re.X))
print(re.findall(r'\w+', 'héllo wörld', re.A), re.findall(r'\w+', 'héllo wörld'))
print(re.findall(r'\d', '١٢3'), re.findall(r'\d', '١٢3', re.ASCII))
print(re.findall(r'(?i)abc', 'ABC'), re.findall(r'a(?i:b)c', 'aBc aBC'))
print(re.findall(r'(?s).', 'a\n'), re.findall(r'(?m)^x', 'x\nx'))
print(re.search('A', 'a', re.I | re.M).span(), re.compile('(?i)a').flags, re.compile('a', re.I|re.S).flags)
print(re.compile('a').flags, re.compile(b'a').flags, re.compile('a', re.A).flags)
