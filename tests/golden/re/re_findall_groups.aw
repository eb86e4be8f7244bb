import re

print(re.findall(r'\d+', 'a1 b22 c333'))
print(re.findall(r'(\w)=(\d)', 'a=1, b=2, c=x'))
print(re.findall(r'(\w)=\d', 'a=1, b=2'))
print(re.findall(r'(a)|(b)', 'abc'))
print(re.findall(r'(a)?b', 'b ab'))
print(re.findall(r'x*', 'axxb'))
print(re.findall(r'', 'abc'))
print(re.findall(r'\b\w', 'the quick brown'))
print(re.findall(r'(?:ab)+', 'ababxab'))
print(re.findall(r'((a)(b))', 'abab'))
