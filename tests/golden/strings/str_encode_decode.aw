s = 'café ☕'
b = s.encode()
print(b, len(b), b.decode(), s.encode('utf-8') == b, 'abc'.encode('ascii'), b.decode('utf-8') == s)
try:
    s.encode('ascii')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
