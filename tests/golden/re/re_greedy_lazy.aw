import re

s = '<a><b></b></a>'
print(re.match(r'<.*>', s).group(), re.match(r'<.*?>', s).group())
print(re.findall(r'<.+?>', s))
print(re.match(r'a{2,3}', 'aaaa').group(), re.match(r'a{2,3}?', 'aaaa').group())
print(re.match(r'a{,2}', 'aaaa').group(), re.match(r'a{2,}', 'aaaa').group(), re.match(r'a{2}', 'aaaa').group())
print(re.match(r'a??b', 'ab'), re.match(r'a*?b', 'aab'), re.match(r'a+?', 'aaa'))
print(re.match(r'a{', 'a{'), re.match(r'a{1', 'a{1'), re.match(r'a{x}', 'a{x}'), re.match(r'a{1,x}', 'a{1,x}'))
print(re.match(r'a*+a', 'aaa'), re.match(r'a++b', 'aab'), re.match(r'a?+a', 'a'))
print(re.match(r'(?>a+)a', 'aaa'), re.match(r'(?>a+)b', 'aab'))
print(re.match(r'\d{1,3}(,\d{3})*', '1,234,567x').group())
