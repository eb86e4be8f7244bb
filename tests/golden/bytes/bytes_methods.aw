b = b'  Hello, World  '
print(b.strip(), b.split(b','), b.upper(), b.lower(), b.replace(b'l', b'L'), b.find(b'o'), b.count(b'l'))
print(b'a,b'.split(b','), b'-'.join([b'x', b'y']), b'abc'.startswith(b'ab'), b'abc'.endswith(b'c'), b'123'.isdigit())
