import re

print(re.search(r'\d+', 'abc 123 def'))
print(re.match(r'\d+', 'abc 123'))
print(re.match(r'abc', 'abcdef'))
print(re.fullmatch(r'abc', 'abcdef'))
print(re.fullmatch(r'a.c', 'abc'))
print(re.fullmatch('a|ab', 'ab'))
print(re.search('x', ''))
print(re.search('', ''))
m = re.search(r'o+', 'foo boo')
print(m.group(), m.start(), m.end(), m.span())
print(bool(m), bool(re.match('a', 'a')))
if re.match('[0-9]', 'abc'):
    print('no')
else:
    print('no match is None:', re.match('[0-9]', 'abc') is None)
