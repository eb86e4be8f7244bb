print(b"%d" % 5, b"%s and %s" % (b"x", bytearray(b"y")), b"%5.2f|%-4d|%x" % (3.14159, 7, 255))
print(b"%r %a" % ("é", b"q"), b"%c%c" % (65, b"B"), b"%(k)s" % {b"k": b"v"}, b"100%%", bytearray(b"%d") % 3)
class B:
    def __bytes__(self): return b"BB"
print(b"[%s]" % B(), b"%b" % b"raw", b"%05d" % -3, b"%+.1e" % 12345.0)
for bad in [lambda: b"%s" % "str", lambda: b"%d %d" % (1,), lambda: b"%d" % (1, 2), lambda: b"%c" % 256, lambda: b"%c" % b"ab", lambda: b"%q" % 1, lambda: b"%d" % "x"]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
