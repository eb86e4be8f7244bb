# struct.unpack_from / pack_into report bad offsets with the offset the caller gave
import struct

data = bytes(range(12))
for off in (-13, -12, -1, 0, 11, 12, 13, 40):
    try:
        print(off, struct.unpack_from('<h', data, off))
    except struct.error as e:
        print(off, 'error:', e)

target = bytearray(8)
for off in (-9, -8, -2, -1, 0, 6, 7, 8, 9, 30):
    try:
        struct.pack_into('>H', target, off, 0xABCD)
        print(off, target.hex())
    except struct.error as e:
        print(off, 'error:', e)
