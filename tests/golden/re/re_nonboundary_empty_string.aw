import re

# CPython's \B never matches in an empty string (nor in an empty pos..endpos window at 0).
print(re.search(r'\B', ''), re.findall(r'\B', ''), re.sub(r'\B', '-', ''), re.split(r'\B', ''))
print(re.findall(r'\B', 'ab'), re.findall(r'\B', ' '), re.compile(r'\B').search('ab', 1, 1))
print(re.compile(r'\B').search('ab', 0, 0), re.findall(r'\b', ''))
