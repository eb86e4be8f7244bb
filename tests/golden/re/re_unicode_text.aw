import re

s = 'Grüße aus Köln — 東京 2024 ünd café'
print(re.findall(r'\w+', s))
for m in re.finditer(r'\w+', s):
    print(m.span(), m.group())
print(re.search('東京', s).span(), re.sub('ü', 'ue', s))
print(re.split(r'\s+', s))
print(re.findall(r'[à-ÿ]', s))
print(re.findall(r'(?i)KÖLN|CAFÉ', s))
print(re.sub(r'(\w+)', lambda m: str(len(m.group())), s))
print(re.match('.', '😀x').group(), re.findall('.', 'a😀b'), re.search('b', 'a😀b').span())
print(re.findall(r'\s', 'a\u00a0b\u2003c d'))
print(re.findall(r'\bé\w*', 'été élan x'))
print(re.fullmatch(r'\w+', 'naïve'), re.fullmatch(r'\W+', '!?¿'))
