import re

print(re.findall(r'(\w)\1', 'aabbcd ee'))
print(re.search(r'\b(\w+) \1\b', 'this is is a test').group())
print(re.match(r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\10', 'abcdefghijj').group())
print(re.match(r'(a)\1{2}', 'aaa'))
print(re.match(r"(['\"]).*?\1", '"hi" there"'))
print(re.match(r'(a)?\1', 'b'), re.match(r'(a|(b))\2', 'aa'))
print(re.match(r'(?:(a)|b)\1', 'bb'))
print(re.sub(r'(\w)\1', r'[\1\1]', 'aabcc'))
print(re.match(r'(?i)(a)\1', 'aA'))
