# BytesIO.write takes any bytes-like object (memoryview, array) and counts its bytes
import io, array
b = io.BytesIO()
print(b.write(memoryview(b"abc")), b.write(array.array("H", [1, 2])), b.write(bytearray(b"z")))
print(b.getvalue())
for bad in ("s", [1], 3, None):
    try:
        b.write(bad)
    except TypeError as e:
        print(e)
