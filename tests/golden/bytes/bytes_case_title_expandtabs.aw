for b in [b"hello world", b"HELLO wORLD", b"", b"123abc DEF", b"o'neil x1y", bytearray(b"mIxEd")]:
    print(b.capitalize(), b.swapcase(), b.title(), b.istitle(), b.title().istitle())
print(b"a\tbc\td".expandtabs(), b"a\tb".expandtabs(4), b"x\n\ty".expandtabs(2), b"\t".expandtabs(0), bytearray(b"1\t2").expandtabs(tabsize=3))
print(b"\xe9abc".capitalize(), b"Ab Cd".istitle(), b"AB".istitle(), b"A1b".istitle())
