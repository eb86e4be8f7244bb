import re

print(re.I, re.IGNORECASE, re.M, re.S, re.X, re.A, re.U, re.L, re.NOFLAG)
print(re.I | re.M, re.A | re.I, re.S | re.X)
print(repr(re.I), str(re.DOTALL))
print(int(re.I), int(re.M), int(re.S), int(re.X), int(re.A), int(re.U), int(re.L))
print(re.I == 2, re.I | 8 == 10, isinstance(re.I, int))
print(re.compile('x', re.I | re.M))
print(re.compile('x', re.U), re.compile('x', re.A | re.S))
print(re.compile(b'x', re.I), re.compile('x', 0), re.compile('x', re.X))
