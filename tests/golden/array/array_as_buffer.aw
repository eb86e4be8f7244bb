# An array's machine bytes are what bytes(), bytearray(), concatenation with bytes,
# bytearray.extend, slice assignment into a bytearray and memoryview see.
from array import array
import sys

little = sys.byteorder == "little"

shorts = array("h", [0x0102, -2])
raw = bytes(shorts)
print(len(raw), raw == (b"\x02\x01\xfe\xff" if little else b"\x01\x02\xff\xfe"))
print(bytes(array("B", [7, 8, 255])))
print(bytearray(array("b", [-1, 0, 1])))
print(bytes(array("Q", [2 ** 64 - 1])))
print(bytes(array("d")), bytearray(array("i")))

print(b"ab" + array("B", [99, 100]))
print(bytearray(b"xy") + array("b", [33]))
joined = bytearray()
joined += array("B", [1, 2])
joined.extend(array("B", [3]))
print(joined)

target = bytearray(b"......")
target[1:3] = array("B", [65, 66, 67])
print(target)

view = memoryview(array("B", [10, 11, 12]))
print(len(view), view[1], view.tobytes(), view.hex(), list(view[::2]))
print(memoryview(array("H", [0xABCD])).hex() in ("cdab", "abcd"))

# round trip through frombytes
again = array("h")
again.frombytes(bytes(shorts))
print(again, again == shorts)

# not every sequence is a buffer
try:
    b"" + [1, 2]
except TypeError as e:
    print("TypeError:", e)
try:
    memoryview([1, 2])
except TypeError as e:
    print("TypeError:", e)
