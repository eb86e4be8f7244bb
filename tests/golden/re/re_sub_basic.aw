import re

print(re.sub(r'\s+', ' ', 'a   b \t\n c'))
print(re.sub('a', 'b', 'banana', count=2))
print(re.sub('a', 'b', 'banana', 1))
print(re.subn('a', 'o', 'banana'))
print(re.subn('z', 'o', 'banana'))
print(re.sub('x*', '-', 'abxd'))
print(re.sub('', '-', 'abc'))
print(re.sub('(?m)^', '> ', 'one\ntwo\n'))
print(re.sub(r'\d', '#', 'a1b22', count=0))
print(re.sub('a', 'b', 'aaa', count=-1))
print(re.subn(r'b*', 'X', 'abbc'))
