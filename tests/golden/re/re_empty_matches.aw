import re

print(re.sub('x*', '-', 'abxd'))
print(re.sub('x*', '-', ''))
print(re.sub('x*', '-', 'xx'))
print(re.findall('x*', 'axxb'))
print([m.span() for m in re.finditer(r'\b', 'ab cd')])
print([m.span() for m in re.finditer(r'a|', 'baac')])
print(re.split('x*', 'axxb'))
print(re.split(r'(?=b)', 'abab'))
print(re.sub('a|', '_', 'baac'))
print(re.subn('(?:)', '.', 'ab'))
print(re.findall(r'\d*', 'ab12c'))
print(re.sub(r'$', '!', 'line\n'), re.sub(r'(?m)$', '!', 'a\nb'))
