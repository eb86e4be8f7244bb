t = bytes.maketrans(b"abc", b"xyz")
print(len(t), b"aabbcc".translate(t), b"hello".translate(None, b"l"), bytearray(b"abc").translate(t, b"c"), b"abc".maketrans(b"a", b"b")[97])
print(b"ab".center(7, b"*"), b"ab".center(6), b"abc".ljust(6, b"-"), b"abc".rjust(6), b"42".zfill(5), b"-42".zfill(6), b"+7".zfill(3), b"abcdef".zfill(3))
print(b"x\ny\r\nz\rw".splitlines(), b"x\ny\r\n".splitlines(True), b"".splitlines(), bytearray(b"a\nb").splitlines(), b"ab\x80".isascii(), b"ab".isascii())
for bad in [lambda: bytes.maketrans(b"ab", b"c"), lambda: b"x".translate(b"short"), lambda: b"x".center(5, "*"), lambda: b"x".center(5, b"**")]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
