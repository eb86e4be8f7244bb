import re

# A group under a possessive quantifier keeps no capture from an earlier start position.
print(re.search(r'(\A)*+\s*?\w', '\n-a').groups(), re.search(r'(\A)*+\s*?\w', 'a').groups())
print(re.split(r'(\A)*+\s*?\w', '\n-a -K'), re.findall(r'(x)++y|z', 'xxy z xy'))
print(re.match(r'(a|b)*+c', 'abac').groups(), re.match(r'(a|b)*+b', 'aab'))
print(re.match(r'(ab){1,2}+', 'ababab').span(1), re.match(r'(a)?+a', 'a'))
