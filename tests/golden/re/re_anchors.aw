import re

print(re.findall(r'^\w', 'ab\ncd'), re.findall(r'^\w', 'ab\ncd', re.M))
print(re.search(r'\Aab', 'ab'), re.search(r'\Aab', 'xab'), re.search(r'b\Z', 'ab\n'), re.search(r'b$', 'ab\n'))
print(re.search(r'b\Z', 'ab'), re.search(r'(?m)b$', 'ab\nc'))
print(re.findall(r'\bfoo\b', 'foo foobar afoo foo.'), re.findall(r'\Bo\B', 'foo boo'))
print(re.findall(r'$', 'a\nb\n'), re.findall(r'(?m)$', 'a\nb\n'), re.findall(r'(?m)^', 'a\nb\n'))
print(re.sub(r'\b', '|', 'ab cd'), re.sub(r'\B', '.', 'abc d'))
