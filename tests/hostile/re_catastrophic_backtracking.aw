# Exponential backtracking: PCRE2 gives up at its match limit with a RuntimeError (CPython
# would backtrack for ages), and nothing leaks.
import re

print(re.match(r'(a|aa)*c', 'a' * 5000))
re.match(r'(x+x+)+y', 'x' * 40 + 'zy')
