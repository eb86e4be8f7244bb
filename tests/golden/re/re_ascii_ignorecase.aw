import re

s = 'K k \u212a É é ſ S s'
for p in [r'k', r'[a-z]+', r'[é-ü]', r'é', r'[^k ]', r's', r'[^a-z ]', r'(?i:k)', r'(?-i:k)', r'\w+']:
    print(repr(p), re.findall(p, s, re.A | re.I), re.findall(p, s, re.I), re.findall(p, s, re.A))
print(re.findall(r'(?ai)k', s), re.findall(r'(?a)(?i:K)x|(?i:K)', s))
print(re.match(r'(?ai)(ab)\1', 'abAB'), re.match(r'(?ai)[^A]', 'a'))
print(re.findall(rb'(?i)[a-k]', b'K k \xc9 \xe9'))
