print(b'abc', b"it's", b'"', b'\x00\x7f\x80\xff', b'\n\t\r', bytes([92]), [b'x'])
