import re

print(re.findall(r'\s', '\x1c\x1d\x1e\x1f\x85\xa0\u2028\u3000 x'))
print(re.findall(r'[\s]', '\x1c\u2029y '), re.findall(r'\S+', 'a\x1fb\u2003c'), re.findall(r'[^\S]', 'a\x1e b'))
print(re.findall(r'\s', '\x1c\x85\xa0 \t', re.A))
print(re.findall(r'\w', 'a\u0301\u00b2\u2160\u00bd_\u203f'), re.findall(r'\W', 'a\u0301-'))
print(re.findall(r'\d', '\u00b2\u0663\uff117'), re.findall(r'\D', '\u0663x'))
print(re.findall(r'(?i)é', 'É'), re.findall(r'(?i)é', 'É', re.A), re.findall(r'(?i)e', 'E', re.A))
print(re.findall('(?i)k', '\u212a'), re.findall('(?i)s', '\u017f'), re.findall(r'(?i)ß', 'SS ß ẞ'))
print(re.findall(r'\b\w+\b', 'x\u0301y zé'), re.findall(r'\b\w+\b', 'x\u0301y zé', re.A))
print(re.findall(r'(?u:\w+)', 'héllo', re.A), re.findall(r'(?a:[\w]+)', 'héllo'))
