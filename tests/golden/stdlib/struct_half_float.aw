# struct's 'e' code: IEEE 754 half precision, rounded half to even
import struct

samples = [0.0, -0.0, 1.0, -2.5, 0.1, 1 / 3, 65504.0, 65519.0, 65520.0, -70000.0, 6e-8, 2.9e-8,
           3.0e-8, 1e-6, 6.1e-5, 2049.0, 2051.0, 1025.5, float("inf"), float("-inf"), float("nan")]
for v in samples:
    for order in "<>":
        try:
            raw = struct.pack(order + "e", v)
            print(repr(v), order, raw.hex(), struct.unpack(order + "e", raw)[0])
        except OverflowError as e:
            print(repr(v), order, "OverflowError:", e)

print(struct.calcsize("e"), struct.calcsize("<4e"), struct.calcsize("@be"), struct.calcsize("@eb"))
print(struct.pack("<2eh", 1, 2.5, 3).hex(), struct.unpack(">3e", bytes.fromhex("3c00c0007bff")))
checked = 0
for bits in range(0, 1 << 16, 97):
    raw = bits.to_bytes(2, "little")
    x = struct.unpack("<e", raw)[0]
    if x == x:
        assert struct.pack("<e", x) == raw, bits
        checked += 1
print("round trips:", checked)
try:
    struct.pack("e", "1.0")
except struct.error as e:
    print("struct.error:", e)
