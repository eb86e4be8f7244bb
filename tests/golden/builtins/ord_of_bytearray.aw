# ord() takes a one-character str, bytes or bytearray
print(ord(bytearray(b"z")), ord(b"\xff"), ord("\u20ac"))
for bad in (bytearray(b""), bytearray(b"ab"), b"xy", "", 7):
    try:
        ord(bad)
    except TypeError as e:
        print(e)
