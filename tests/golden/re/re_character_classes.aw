import re

print(re.findall(r'[abc]', 'abcdef'), re.findall(r'[^abc]', 'abcdef'))
print(re.findall(r'[a-c0-2]', 'a1d3c'), re.findall(r'[]a]', ']a['), re.findall(r'[^]a]', ']ab'))
print(re.findall(r'[-a]', 'a-b'), re.findall(r'[a-]', 'a-b'), re.findall(r'[\-\]]', '-]x'))
print(re.findall(r'[\d\s]', 'a1 b'), re.findall(r'[\w.]+', 'x.y z'), re.findall(r'[\D]', 'a1'))
print(re.findall(r'[.*+?]', 'a.b*c+d?'), re.findall(r'[\\]', 'a\\b'), re.findall(r'[$^]', '$^a'))
print(re.findall(r'\S+', ' a  bc '), re.findall(r'\W', 'a-b c'), re.findall(r'\D+', '12ab3'))
print(re.findall(r'[\n\t]', 'a\tb\nc'), re.findall(r'[\x41-\x43]', 'ABCD'), re.findall(r'\u00e9', 'café'))
print(re.findall(r'[[:alpha:]]', 'a:[]'), re.findall(r'[\b]', 'a\bb'))
print(re.findall(r'\x41\101\0', 'AA\0'), re.findall(r'[\0-\x1f]', 'a\x01\x1f '))
print(re.findall(r'(?i)[a-c]', 'ABCDabcd'), re.findall(r'(?i)[^a]', 'aAbB'))
print(re.findall(r'\a\f\v', '\a\f\v'), re.findall(r'[ab]|c', 'abc'))
