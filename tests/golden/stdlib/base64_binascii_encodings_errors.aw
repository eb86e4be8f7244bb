import base64, binascii
for data in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256))[:40], "héllo".encode()]:
    e = base64.b64encode(data)
    print(e, base64.b64decode(e) == data, base64.urlsafe_b64encode(data), base64.b32encode(data), base64.b16encode(data))
    assert base64.b32decode(base64.b32encode(data)) == data and base64.b16decode(base64.b16encode(data)) == data
print(base64.b64decode("aGVsbG8gd29ybGQ="), base64.b64decode(b"aGVs bG8=\n"), base64.urlsafe_b64decode("-_-_"), base64.b64encode(b"\xfb\xff", altchars=b"-_"))
print(base64.encodebytes(b"x" * 60), base64.decodebytes(b"eHh4\n"), base64.standard_b64decode(base64.standard_b64encode(b"ok")))
print(binascii.hexlify(b"\x01\xab"), binascii.unhexlify("01ab"), binascii.crc32(b"hello world"), binascii.crc32(b"world", binascii.crc32(b"hello ")))
for bad in [lambda: base64.b64decode("abc"), lambda: base64.b64decode("a"), lambda: base64.b64decode("ab!c", validate=True),
            lambda: base64.b64encode("str"), lambda: base64.b32decode("ABC"), lambda: base64.b16decode("0g"), lambda: binascii.unhexlify("abc"),
            lambda: base64.b64decode("aé")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)
print(issubclass(binascii.Error, ValueError))
