# int.from_bytes reads any bytes-like object (bytes, bytearray, memoryview) or an iterable of
# ints, but not a str; the defaults are big-endian and unsigned.
print(int.from_bytes(bytearray(b"\xff"), "big", signed=True), int.from_bytes(memoryview(b"\x00\x10")))
print(int.from_bytes([255, 0], "little"), int.from_bytes(b"\x01\x02"), int.from_bytes(bytearray()))
print((5).to_bytes(), (258).to_bytes(2), int.from_bytes(memoryview(b"abcd")[1:3], "little"))
for bad in ["ab", 5, [256]]:
    try:
        int.from_bytes(bad, "big")
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
