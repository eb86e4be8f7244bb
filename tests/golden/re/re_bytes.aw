import re

print(re.findall(rb'\d+', b'a1 b22'), re.match(rb'(\w+) (\w+)', b'hi there').groups())
print(re.sub(rb'a', rb'\\', b'banana'), re.sub(b'(a)', rb'<\1>', b'ba'), re.subn(b'a', b'o', b'aa'))
print(re.split(rb'\s+', b'a b  c'), re.search(b'c', b'abc'))
print(re.findall(rb'\w', 'é'.encode() + b'x'), re.findall(rb'(?i)K', b'kK'))
print(re.fullmatch(rb'[\x00-\xff]+', bytes(range(256))).span())
print(re.compile(rb'a+', re.I), re.escape(b'a.b*'))
print(re.findall(b'a', bytearray(b'banana')), re.match(b'b', bytearray(b'b')))
m = re.match(rb'(?P<x>a)', b'ab')
print(m.groupdict(), m[0], m.group('x'), m.expand(rb'[\1]'))
print(re.sub(rb'x', lambda m: b'Y', b'axbx'))
