b = 'héllo'.encode('utf-8')
print(b, b.decode('utf-8'), b.hex(), bytes.fromhex('48 65 6c'), b'\x00\x01'.hex())
try:
    b'\xff\xfe'.decode('utf-8')
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(b'\xffab'.decode('utf-8', 'replace'), b'\xffab'.decode('utf-8', 'ignore'))
