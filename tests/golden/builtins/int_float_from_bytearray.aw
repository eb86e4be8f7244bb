# int() and float() parse bytearray and memoryview text as they parse bytes
samples = [bytearray(b"42"), bytearray(b"  -7  "), memoryview(b"1_000"), bytearray(b"0x1f"),
           bytearray(b"2.5"), bytearray(b"nope"), bytearray(b""), memoryview(b"\xe9")]
for raw in samples:
    for name, conv in (("int", int), ("int16", lambda v: int(v, 16)), ("int0", lambda v: int(v, 0)), ("float", float)):
        try:
            print(name, repr(conv(raw)))
        except (TypeError, ValueError) as e:
            msg = str(e)
            print(name, type(e).__name__, msg if "memory at" not in msg else msg.split(":")[0])
print(float(bytearray(b" -1.5e3 ")), float(bytearray(b"inf")), float(memoryview(b"-nan")))
print(int(bytearray(b"ff"), base=16) + int(memoryview(b"10")))
