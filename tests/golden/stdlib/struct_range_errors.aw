# struct: which error an integer that does not fit its code gives depends on the byte order
# (native functions for '@', '<' and '='; standard ones for '>' and '!') and on whether the
# value fits a C long at all; non-ASCII formats; a Struct before __init__; huge sizes.
import struct

cases = [
    ("B", 300), ("b", -200), ("B", -1), ("B", 10**30), ("h", 2**31), ("H", 2**63),
    ("h", -2**63 - 1), ("i", 2**40), ("i", -2**63 - 1), ("I", 2**40), ("I", -1),
    ("q", 2**63), ("Q", -1), ("n", 2**63), ("N", -1),
    (">B", 300), (">h", 40000), (">H", 70000), (">H", -1), ("!H", -1), (">i", 2**63),
    (">l", 2**40), (">L", -1), (">L", 2**40), (">I", 2**64), (">q", 2**63),
    (">q", -2**63 - 1), (">Q", -1), (">Q", 2**64),
    ("<b", -200), ("=h", 40000), ("=H", -1), ("<I", -1), ("<I", 2**32), ("<l", 2**40),
    ("<L", -1), ("<L", 2**64), ("<q", 2**70), ("=q", 2**63), ("<Q", -1),
    ("P", -1), ("P", 2**64 - 1), ("P", -2**63), ("P", -2**63 - 1), ("P", 2**64),
]
for fmt, value in cases:
    try:
        print(fmt, value, struct.pack(fmt, value))
    except struct.error as e:
        print(fmt, value, "error:", e)

for fmt in ("\udc00x", "h\u00e9", "\u4e00", b"\xff", "$", b"$"):
    for call in (struct.calcsize, struct.Struct, lambda f: struct.pack(f, 1)):
        try:
            call(fmt)
        except Exception as e:
            print(type(e).__name__, e)

s = struct.Struct(">h")
try:
    s.__init__("\udc00")
except UnicodeEncodeError:
    print("still", s.format, s.size)
blank = struct.Struct.__new__(struct.Struct)
print("blank size", blank.size)

print(struct.calcsize("%dx" % 2**62))
for fmt in ("%dx%dx" % (2**62, 2**62), "%dq" % 2**61, "%ds" % 2**63):
    try:
        struct.calcsize(fmt)
    except struct.error as e:
        print(e)
try:
    struct.pack("%dx" % 2**60)
except MemoryError:
    print("MemoryError")
struct._clearcache()
print(struct.pack("<H", 7))
