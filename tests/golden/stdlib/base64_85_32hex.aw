# base64's Ascii85, Base85 and base32hex codecs and the bytes-like arguments its functions take.
import base64
from array import array

for s in (b"", b"a", b"abcd", b"\x00\x00\x00\x00", b"    ", b"Hello, World! 0123456789", bytes(range(0, 256, 7))):
    print(base64.a85encode(s), base64.a85encode(s, foldspaces=True, adobe=True, wrapcol=10, pad=True))
    print(base64.b85encode(s), base64.b85encode(s, pad=True), base64.b32hexencode(s))
    assert base64.a85decode(base64.a85encode(s)) == s
    assert base64.a85decode(base64.a85encode(s, adobe=True, foldspaces=True), adobe=True, foldspaces=True) == s
    assert base64.b85decode(base64.b85encode(s)) == s
    assert base64.b32hexdecode(base64.b32hexencode(s)) == s
print(base64.a85decode(b"<~9jqo^~>", adobe=True), base64.a85decode(b"z"), base64.b32hexdecode("c5h66===", casefold=True))
for call in (lambda: base64.a85decode(b"abc~>x"), lambda: base64.b85decode(b"|NsC"), lambda: base64.b85decode(b"\x00"),
             lambda: base64.b32hexdecode(b"W0======"), lambda: base64.a85decode(b"y")):
    try:
        print(call())
    except ValueError as e:
        print(type(e).__name__, e)
for data in (bytearray(b"xyz"), memoryview(b"xyz"), array("B", b"xyz")):
    print(base64.b64encode(data), base64.urlsafe_b64encode(data), base64.b32encode(data), base64.b16encode(data),
          base64.b85encode(data), base64.encodebytes(data))
print(base64.b64encode(b"\xd3V\xbeo\xf7\x1d", altchars=memoryview(b"*$")), base64.b64decode(memoryview(b"eHl6")))
print(base64.b64decode(b"01a*b$cd", altchars=bytearray(b"*$")), base64.standard_b64decode("eHl6"))
