import re

print('before')
re.compile('x(')
