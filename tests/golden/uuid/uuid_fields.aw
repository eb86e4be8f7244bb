# UUID: the forms of the constructor, its fields, str/repr/hex/int/bytes/urn, ordering
import uuid

u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(u, repr(u), u.hex, u.int)
print(u.bytes, u.bytes_le, u.fields, u.version, u.variant, u.urn)
print(u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low, u.clock_seq, u.node, u.time)
print(uuid.UUID(int=5), uuid.UUID("{12345678123456781234567812345678}"), uuid.UUID("urn:uuid:12345678-1234-5678-1234-567812345678") == u)
print(uuid.UUID(fields=(1, 2, 3, 4, 5, 6)), uuid.UUID(bytes=u.bytes) == u, uuid.UUID(bytes_le=u.bytes_le) == u)
print(uuid.UUID(int=1, version=4))
print(u < uuid.UUID(int=2 ** 127), hash(u) == hash(uuid.UUID(u.hex)), sorted([uuid.UUID(int=3), uuid.UUID(int=1)]))
print(str(u) == format(u, ""), {u: 1}[uuid.UUID(str(u))], int(u) == u.int)
print(uuid.SafeUUID.unknown, u.is_safe, uuid.RFC_4122, uuid.RESERVED_NCS)
for bad in ["xyz", "123", "12345678-1234-5678-1234-56781234567g"]:
    try:
        uuid.UUID(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    uuid.UUID()
except TypeError as e:
    print("TypeError:", e)
try:
    u.x = 1
except TypeError as e:
    print("TypeError:", e)
try:
    uuid.UUID(int=-1)
except ValueError as e:
    print("ValueError:", e)
