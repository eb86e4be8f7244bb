# struct: 'p' copies everything that fits (only the length byte is capped at 255), arrays as
# buffers for unpack/unpack_from/pack_into, iter_unpack's iterator, embedded NULs in formats.
import operator
import struct
from array import array

for code, data in (('p', b'abc'), ('3p', b'abc'), ('5p', b'abc'), ('300p', b'y' * 300), ('300p', b'z' * 10)):
    packed = struct.pack(code, data)
    print(code, len(packed), packed[:6], packed[-3:], len(struct.unpack(code, packed)[0]))

a = array('B', bytes(range(8)))
print(struct.unpack('<2I', a), struct.unpack_from('>H', a, 6), struct.Struct('<Q').unpack(a))
h = array('h', [0, 0, 0, 0])
struct.pack_into('<hh', h, 2, 7, -2)
print(h)
b = array('B', bytes(6))
struct.Struct('>I').pack_into(b, 1, 0x01020304)
print(b)

it = struct.Struct('>IB').iter_unpack(bytes(range(1, 16)))
print(type(it).__name__, operator.length_hint(it))
print(next(it), operator.length_hint(it), list(it), operator.length_hint(it))
print(list(struct.iter_unpack('<h', bytearray(b'\x01\x00\x02\x00'))), list(struct.iter_unpack('b', memoryview(b'\xff'))))

for fmt in ('\0', '2\0i', b'\0', 'i\0'):
    try:
        struct.calcsize(fmt)
    except struct.error as e:
        print(repr(fmt), e)
try:
    struct.unpack_from('i', bytes(10), 2**63 - 1)
except struct.error as e:
    print(e)
