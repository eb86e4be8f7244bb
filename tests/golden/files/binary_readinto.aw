# readinto() of a binary file: fills a bytearray or a writable memoryview, returns the count.
import os, tempfile
fn = os.path.join(tempfile.mkdtemp(), "x.bin")
with open(fn, "wb") as f:
    f.write(b"hello world")
with open(fn, "rb") as f:
    b = bytearray(4)
    print(f.readinto(b), b)
    m = memoryview(bytearray(5))
    print(f.readinto(m), bytes(m))
    big = bytearray(10)
    print(f.readinto(big), big)
    print(f.readinto(big), f.read())
    for bad in (b"abc", memoryview(b"xy"), "s"):
        try: f.readinto(bad)
        except TypeError as e: print("TypeError:", e)
with open(fn, "rb", buffering=0) as f:
    b = bytearray(3); print(f.readinto(b), b)
os.remove(fn)
with open(__file__, "r") as text:
    try:
        text.readinto(bytearray(3))
    except AttributeError as e:
        print("AttributeError:", e)
