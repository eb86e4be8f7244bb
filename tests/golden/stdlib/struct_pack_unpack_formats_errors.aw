import struct
print(struct.pack("<i", 1), struct.pack(">hHb", -2, 65535, 7), struct.pack("<q", -1), struct.pack("<Q", 2**64 - 1))
print(struct.unpack("<i", b"\x01\x00\x00\x00"), struct.unpack(">hHb", b"\xff\xfe\xff\xff\x07"), struct.unpack("<Q", b"\xff" * 8))
print(struct.calcsize("i"), struct.calcsize("@bi"), struct.calcsize("<bi"), struct.calcsize("3s2x?d"), struct.calcsize("@hq"))
print(struct.pack("<d", 1.5), struct.unpack("<d", struct.pack("<d", 3.14)), struct.pack(">f", 0.1), struct.unpack(">f", struct.pack(">f", 0.1)))
print(struct.pack("5s", b"abc"), struct.pack("3p", b"abcdef"), struct.unpack("5s", b"ab\x00\x00\x00"), struct.unpack("3p", b"\x02ab"))
print(struct.pack("?c", True, b"z"), struct.unpack("??", b"\x00\x05"), struct.pack("@bhi", 1, 2, 3), struct.pack("=bhi", 1, 2, 3))
print(struct.unpack_from("<h", b"\x00\x01\x02", 1), list(struct.iter_unpack("<h", b"\x01\x00\x02\x00")))
s = struct.Struct("<2i")
print(s.size, s.format, s.pack(1, 2), s.unpack(b"\x01\x00\x00\x00\x02\x00\x00\x00"))
buf = bytearray(8); struct.pack_into("<i", buf, 2, -1); print(buf)
for bad in [lambda: struct.pack("<h", 70000), lambda: struct.pack("B", -1), lambda: struct.pack("b", 200), lambda: struct.pack("i", "x"),
            lambda: struct.pack("ii", 1), lambda: struct.unpack("<i", b"\x00"), lambda: struct.calcsize("z"), lambda: struct.pack("<I", -1),
            lambda: struct.pack("<q", 2**63), lambda: struct.pack("c", b"ab"), lambda: struct.pack("d", "x"), lambda: struct.pack("<H", 1.5),
            lambda: struct.unpack_from("<i", b"\x00\x00", 1), lambda: struct.pack("<i", 2**40)]:
    try:
        print(bad())
    except struct.error as e:
        print("struct.error:", e)
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(struct.error.__module__, issubclass(struct.error, Exception))
