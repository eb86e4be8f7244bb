# str.encode / bytes.decode with the UTF-16 and UTF-32 families (and non-text codecs refused)
text = "Añ€😀"
for enc in ("utf-16", "UTF-16", "utf-16-le", "utf_16_be", "utf-32", "utf-32-le", "utf32", "U16"):
    data = text.encode(enc)
    print(enc, data.hex(" "), data.decode(enc) == text, str(data, enc) == text)

print(bytearray("hi".encode("utf-16-be")).decode("utf-16-be"), memoryview(b"\xff\xfeh\x00").tobytes().decode("utf-16"))
print(b"\xfe\xff\x00o\x00k".decode("utf-16"), b"o\x00\x00\x00".decode("utf-32-le"))

cases = [
    lambda: "a\ud800b".encode("utf-16"),
    lambda: "a\ud800b".encode("utf-16-le", "replace"),
    lambda: "a\udc00b".encode("utf-32-be", "ignore"),
    lambda: "x\udfffy".encode("utf-16-be", "backslashreplace"),
    lambda: b"\xff".decode("utf-16"),
    lambda: b"\xff\xfe\x00".decode("utf-16"),
    lambda: b"\x00\xd8".decode("utf-16-le"),
    lambda: b"\x00\xd8a\x00".decode("utf-16-le", "replace"),
    lambda: b"\x00\x00\x11\x00".decode("utf-32-le"),
    lambda: "abc".encode("hex"),
    lambda: b"616263".decode("hex"),
    lambda: "abc".encode("rot13"),
    lambda: "abc".encode("no-such-codec"),
]
for case in cases:
    try:
        print(repr(case()))
    except (UnicodeError, LookupError) as e:
        print(type(e).__name__ + ":", e)
