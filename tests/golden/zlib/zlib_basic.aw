# compress/decompress at every level and wbits, checksums, streaming objects, max_length, zdict, errors
import zlib
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.DEF_MEM_LEVEL, zlib.Z_DEFAULT_COMPRESSION, zlib.DEF_BUF_SIZE, zlib.Z_FINISH, zlib.Z_SYNC_FLUSH)
data = b"hello world " * 1000 + bytes(range(256)) * 10
for lvl in (-1, 0, 1, 6, 9):
    c = zlib.compress(data, lvl)
    print(lvl, len(c), zlib.decompress(c) == data)
print(zlib.compress(b'hello'), zlib.compress(b'hello', 9), zlib.compress(b''), zlib.decompress(zlib.compress(b'')))
print(zlib.crc32(b'abc'), zlib.adler32(b'abc'), zlib.crc32(b'abc', 5), zlib.crc32(b''), zlib.adler32(b'', 7), zlib.crc32(b'def', zlib.crc32(b'abc')) == zlib.crc32(b'abcdef'))
raw = zlib.compress(data, wbits=-15); print(len(raw), zlib.decompress(raw, wbits=-15) == data)
gz = zlib.compress(data, wbits=31); print(gz[:3], zlib.decompress(gz, wbits=31) == data, zlib.decompress(gz, wbits=47) == data)
for f in [lambda: zlib.decompress(b'garbage'), lambda: zlib.decompress(zlib.compress(b'xyz')[:-2]), lambda: zlib.compress('s'), lambda: zlib.compress(b'x', 12),
          lambda: zlib.decompress(b''), lambda: zlib.compressobj(wbits=99), lambda: zlib.decompressobj(wbits=99)]:
    try: print(f())
    except (zlib.error, TypeError, ValueError) as e: print(type(e).__name__, e)
co = zlib.compressobj(9)
parts = [co.compress(data[i:i+1000]) for i in range(0, len(data), 1000)]
parts.append(co.flush())
stream = b''.join(parts)
print(len(stream), zlib.decompress(stream) == data, type(co).__name__, repr(co)[:22])
do = zlib.decompressobj()
out = b''.join(do.decompress(stream[i:i+100]) for i in range(0, len(stream), 100)) + do.flush()
print(out == data, do.eof, do.unused_data, do.unconsumed_tail)
do2 = zlib.decompressobj()
first = do2.decompress(stream + b'EXTRA', 100)
print(len(first), len(do2.unconsumed_tail) > 0, do2.eof)
rest = b''
for _ in range(20):
    if do2.eof or not do2.unconsumed_tail:
        break
    rest += do2.decompress(do2.unconsumed_tail, 5000)
print(first + rest == data, do2.eof, do2.unused_data)
c1 = zlib.compressobj(); h = c1.compress(b'abc'); c2 = c1.copy(); print(zlib.decompress(h + c1.flush()), zlib.decompress(h + c2.compress(b'def') + c2.flush()))
s = zlib.compressobj(); x = s.compress(b'part1') + s.flush(zlib.Z_SYNC_FLUSH); d = zlib.decompressobj(); print(d.decompress(x), d.eof)
zd = b'hello world'; cz = zlib.compressobj(zdict=zd); comp = cz.compress(b'hello world hello') + cz.flush()
print(zlib.decompressobj(zdict=zd).decompress(comp))
try: zlib.decompress(comp)
except zlib.error as e: print(e)
print(issubclass(zlib.error, Exception), zlib.error.__module__, type(zlib.ZLIB_VERSION))
