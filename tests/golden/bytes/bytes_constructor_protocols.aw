# bytes() asks __bytes__ first (of str and bytes subclasses too, and None blocks it), takes
# sequences without __iter__, sees a list change while it reads it; bytearray() ignores
# __bytes__; an exhausted bytearray iterator stays exhausted; hex() checks len(sep) first.

def show(label, make):
    try:
        print(label, repr(make()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Triple:
    def __getitem__(self, i):
        return (7, 8, 9)[i]


class Both:
    def __bytes__(self):
        return b"via bytes"

    def __index__(self):
        return 4


class Euro(str):
    def __bytes__(self):
        return b"EUR"


class Tagged(bytes):
    def __bytes__(self):
        return b"tagged"


class Blocked(bytes):
    __bytes__ = None


class Wrong:
    def __bytes__(self):
        return "text"


show("sequence", lambda: bytes(Triple()))
show("sequence bytearray", lambda: bytearray(Triple()))
show("bytes+index", lambda: bytes(Both()))
show("bytearray+index", lambda: bytearray(Both()))
show("str subclass", lambda: bytes(Euro("\u20ac")))
show("str subclass encoded", lambda: bytes(Euro("\u20ac"), "iso8859-15"))
show("bytes subclass", lambda: bytes(Tagged(b"raw")))
show("bytearray of it", lambda: bytearray(Tagged(b"raw")))
show("blocked", lambda: bytes(Blocked(b"raw")))
show("wrong", lambda: bytes(Wrong()))


class Shrink:
    def __index__(self):
        items.clear()
        return 42


class Grow:
    def __index__(self):
        if len(items) < 5:
            items.append(Grow())
        return 43


items = [Shrink(), Shrink(), Shrink()]
show("shrinking list", lambda: bytes(items))
items = [Grow()]
show("growing list", lambda: bytearray(items))

buf = bytearray(b"ab")
it = iter(buf)
print(list(it))
buf.append(99)
print(list(it), list(iter(buf)))

for sep in (None, 5, [1], "ab", "-", b":"):
    show("hex %r" % (sep,), lambda: b"\x01\x02\x03".hex(sep))
