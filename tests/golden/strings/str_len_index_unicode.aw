s = 'héllo'
print(len(s), s[1], s[-1], s[1:3], s.upper(), s[::-1])
e = 'a😀b'
print(len(e), e[1], e[2], len(e.encode()), e.encode())
print(len('日本語'), '日本語'[1], '日本語'[::-1])
