import re

print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1 b22 c3'))
seen = []
def rep(m):
    seen.append(m.span())
    return m.group().upper()
print(re.sub(r'[aeiou]', rep, 'education'), seen)
print(re.subn(r'\w+', lambda m: m.group()[::-1], 'abc def', count=1))
print(re.sub('x', lambda m: None, 'axbxc') if False else 'skip')
try:
    re.sub('a', lambda m: 5, 'ba')
except TypeError as e:
    print('TypeError', e)
try:
    re.sub('a', b'x', 'a')
except TypeError as e:
    print('TypeError', e)
