import re

print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world'))
print(re.sub(r'(?P<k>\w+)=(?P<v>\w+)', r'\g<v>=\g<k>', 'a=1 b=2'))
print(re.sub(r'(\w+)', r'\g<1>0', 'ab'))
print(re.sub(r'(\w+)', r'[\g<0>]', 'ab cd'))
print(re.sub(r'x', r'\n\t|', 'axb'))
print(repr(re.sub(r'x', r'\\', 'axb')))
print(re.sub(r'(a)|b', r'<\1>', 'ab'))
print(re.sub(r'(a)', r'\101', 'a'))
print(re.sub(r'(a)', r'\0', 'a') == '\0')
m = re.match(r'(\w+) (?P<n>\d+)', 'item 42')
print(m.expand(r'\2:\1:\g<n>'))
