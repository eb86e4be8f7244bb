print('a\tb'.expandtabs(4), 'abc'.removeprefix('a'), 'abc'.removesuffix('c'), 'abc'.removeprefix('x'))
print(str(123), str(1.5), str(None), str([1, 'a']), str(b'x'), str())
