import re

p = re.compile(r'(\d+)\.(\d+)')
print(p, p.pattern, p.flags, p.groups, p.groupindex)
print(p.search('v 3.14 and 2.71'), p.match('3.14'), p.fullmatch('3.14'))
print(p.findall('3.14 2.71'), [m.group(2) for m in p.finditer('1.2 3.4')])
print(p.sub(r'\2.\1', '3.14'), p.subn('#', '1.2 3.4'), p.split('a1.2b3.4c'))
print(p.split('a1.2b3.4c', 1), p.split('a1.2b3.4c', maxsplit=1))
print(p.sub(repl='x', string='1.2', count=1), p.search(string='a 1.2', pos=1))
print(type(p).__name__, type(p.match('1.2')).__name__, isinstance(p, re.Pattern), isinstance(p.match('1.2'), re.Match))
print(repr(re.compile('a' * 300))[-20:], re.compile("it's"), re.compile('\n'))
print(re.compile('(?i)x'), re.compile('(?x) a'), re.compile('(?s)a'))
