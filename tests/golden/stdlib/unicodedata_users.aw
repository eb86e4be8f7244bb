# What unicodedata enables elsewhere: the namereplace error handler, \N{...} in re patterns, urlsplit NFKC check.
print("café ∞ 😀 \udcff".encode("ascii", "namereplace"))
print("x\u0378y".encode("ascii", "namereplace"))
import codecs
try:
    codecs.namereplace_errors(UnicodeDecodeError("ascii", b"\xff", 0, 1, "bad"))
except TypeError as e:
    print(e)
import re
print(re.findall(r"\N{GREEK SMALL LETTER ALPHA}+", "xααy"), re.match(r"[\N{DIGIT ONE}-\N{DIGIT THREE}]+", "123"))
from urllib.parse import urlsplit
try:
    urlsplit("http://example\uff0fcom/")
except ValueError as e:
    print("ValueError", e)
