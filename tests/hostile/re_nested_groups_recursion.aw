# A pattern nested deeper than the parser's recursion limit fails cleanly.
import re

print(re.compile('(' * 100 + 'a' + ')' * 100).match('a').span())
re.compile('(' * 5000 + 'a' + ')' * 5000)
