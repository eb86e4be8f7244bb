# int() parses a bytearray (with or without a base) and a memoryview (without one) like bytes;
# a bad literal is shown as the bytes it holds.
print(int(bytearray(b" 42 ")), int(bytearray(b"ff"), 16), int(bytearray(b"0x1F"), 0))
print(int(memoryview(b"-17")), int(memoryview(b"12345")[1:3]))
for value, base in [(bytearray(b"4x"), None), (bytearray(b""), 16), (memoryview(b"z"), None),
                    (memoryview(b"10"), 2)]:
    try:
        print(int(value) if base is None else int(value, base))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
