# IntFlag keeps bits that no member names (CPython 3.11's boundary KEEP), so re.I | (1 << 20) works.
from enum import IntFlag, Flag
import re
class P(IntFlag):
    R = 4
    W = 2
    X = 1
print(repr(P(12)), str(P(12)), P(12).name, repr(P.R | 8), repr(P(8)), P(8).name, list(P(12)), repr(P.R | 64 | P.W))
print(format(P(12)), P(12) & P.R, P(12) == 12, P.R | 8 in P(12) if False else None, int(P(76)), isinstance(P(8), P))
print(repr(re.I | re.S | re.X | (1 << 20)), repr(re.I | (1 << 20)), re.compile('x', re.I | re.M).flags)
class C(Flag):
    A = 1
    B = 2
try:
    C(8)
except ValueError as e:
    print('ValueError')
