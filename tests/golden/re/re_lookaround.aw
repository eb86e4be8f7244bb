import re

print(re.findall(r'\w+(?=!)', 'hey! you! there'))
print(re.findall(r'\b\w+\b(?!!)', 'hey! you! there'))
print(re.findall(r'(?<=\$)\d+', 'cost $12 or $345, not 7'))
print(re.findall(r'(?<!\$)\b\d+', 'cost $12 or 345'))
print(re.sub(r'(?<=a)(?=b)', '-', 'abab'))
print(re.search(r'(?=(\d\d))', 'x123').groups())
print(re.findall(r'(?=(\w\w))', 'abcd'))
print(re.match(r'(?<=ab)c', 'abc', ) , re.compile(r'(?<=ab)c').search('abc'))
print(re.findall(r'(?<=a|b)x', 'axbxcx'))
