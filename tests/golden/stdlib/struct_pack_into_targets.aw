# struct.pack_into writes only into writable buffers
import struct

targets = [bytearray(6), memoryview(bytearray(6)), b"\x00" * 6, memoryview(b"\x00" * 6), "text!!", [0] * 6]
for target in targets:
    try:
        struct.pack_into("<hh", target, 1, 258, -2)
        print(type(target).__name__, bytes(target))
    except TypeError as e:
        print(type(target).__name__, "TypeError:", e)

packer = struct.Struct(">I")
area = bytearray(8)
packer.pack_into(area, 4, 0xDEADBEEF)
print(area.hex(), type(packer).__module__, type(packer).__name__, packer.size, packer.format)
