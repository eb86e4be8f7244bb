print(repr(b'\n\t\r\\\'"'), repr(b"it's"), repr(bytes(range(0, 256, 37))))
