# binascii's uu, quoted-printable, base64 (strict mode), hex and crc functions on a fixed
# spread of inputs, and the argument types they take.
import binascii
from array import array

samples = [b"", b"a", b"ab", b"abc", b"Hello, World!\n", bytes(range(256)),
           b"line one \r\nline two\t\r\n.\r\n", b"tab\tend \n=equals_under score",
           b"x" * 100 + b" \n", b"\x00\xff" * 30]

for s in samples:
    print(binascii.b2a_base64(s), binascii.b2a_base64(s, newline=False)[-4:])
    print(binascii.hexlify(s)[:40], binascii.crc32(s), binascii.crc_hqx(s, 0), binascii.crc_hqx(s, 0xFFFF))
    for qt in (False, True):
        for ist in (True, False):
            for hd in (False, True):
                q = binascii.b2a_qp(s, quotetabs=qt, istext=ist, header=hd)
                back = binascii.a2b_qp(q, header=hd)
                print(qt, ist, hd, len(q), q[:60], back == s)
    chunk = s[:45]
    for bt in (False, True):
        u = binascii.b2a_uu(chunk, backtick=bt)
        print(u, binascii.a2b_uu(u) == chunk)

print(binascii.a2b_uu(b""), binascii.a2b_uu(b" "), binascii.a2b_uu(b"!80  \n"), binascii.a2b_uu(b"#86)C"))
print(binascii.a2b_qp(b"=41=4a=\n=3D=3d=zz= =\r\nend="), binascii.a2b_qp("a_b=5F", header=True))
for bad in (b"YW=Jj", b"=YWJj", b"YWJj=", b"YWJjZA=", b"YW Jj", b"YWJjZ", b"YWJjZA", b"YWJ=jZA=="):
    for strict in (False, True):
        try:
            print(bad, strict, binascii.a2b_base64(bad, strict_mode=strict))
        except binascii.Error as e:
            print(bad, strict, "Error:", e)
print(binascii.crc32(b"abc", 12345), binascii.crc32(b"abc", -1), binascii.crc_hqx(b"abc", -1), binascii.crc_hqx(b"abc", 2**40 + 7))
for kind in (bytearray, memoryview, lambda b: array("B", b)):
    data = kind(b"xyz")
    print(binascii.b2a_base64(data), binascii.hexlify(data, "-"), binascii.crc32(data), binascii.a2b_base64(kind(b"eHl6")))
print(binascii.unhexlify("4142"), binascii.a2b_base64("eHl6"), binascii.a2b_qp("=41"), binascii.a2b_uu("#>'EZ"))
for call in (lambda: binascii.b2a_base64("str"), lambda: binascii.a2b_base64(5), lambda: binascii.a2b_hex("\u00e9\u00e9"),
             lambda: binascii.unhexlify(b"abc"), lambda: binascii.unhexlify(b"zz"), lambda: binascii.b2a_uu(b"x" * 46),
             lambda: binascii.a2b_uu(b"!\x7f"), lambda: binascii.a2b_uu(b"!80x"), lambda: binascii.crc_hqx(b"a", 1.5),
             lambda: binascii.b2a_hex(memoryview(b"abcd")[::2])):
    try:
        print(call())
    except (TypeError, ValueError, BufferError) as e:
        print(type(e).__name__, e)
