# Slices whose step is near sys.maxsize: get, delete and assign on lists, tuples, bytearrays.
import sys

big = sys.maxsize
for step in (big, -big, -big - 1, big - 1):
    items = list(range(10))
    print(step, items[::step], items[1::step], tuple(items)[3::step], "abcdef"[::step], b"abcdef"[2::step])
    del items[::step]
    print("  del", items)
    items[::step] = ["x"]
    print("  set", items)
    data = bytearray(b"abcdef")
    print("  ba", data[::step])
    del data[::step]
    data[1::step] = b"Z"
    print("  ba del/set", data)

empty = bytearray()
empty[:] = b""
del empty[:]
empty[0:0] = b""
print(empty, len(empty))
