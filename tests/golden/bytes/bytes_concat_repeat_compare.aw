print(b'ab' + b'cd', b'x' * 3, b'abc' == b'abc', b'abc' < b'abd', b'a' in b'cat', 98 in b'abc')
try:
    b'a' + 'b'
except TypeError as e:
    print(type(e).__name__, e)
