b = b'abc\x00\xff'
print(b, len(b), b[0], b[-1], b[1:3], type(b[0]).__name__, list(b))
