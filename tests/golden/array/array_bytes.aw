# tobytes/frombytes/byteswap in the native layout, and the errors of array.array
import array

a = array.array("i", [1, 2, 3])
print(a.tobytes(), array.array("d", [1.5]).tobytes(), array.array("u", "h\u00e9").tobytes(), array.array("L", [1]).tobytes())
b = array.array("h")
b.frombytes(b"\x01\x00\x02\x00")
print(b, b.tolist())
b.byteswap()
print(b)
r = array.array("d", [0.5, -2.0])
print(array.array("d", r.tobytes()) == r)
for f in [lambda: a.frombytes(b"abc"), lambda: a[50], lambda: a.index(99), lambda: a.remove(99),
          lambda: a + array.array("d"), lambda: a + [1], lambda: array.array("i").pop(),
          lambda: a.__setitem__(slice(0, 1), [1]), lambda: hash(a), lambda: a.tounicode(),
          lambda: a.__setitem__(50, 1), lambda: a.__setitem__(0, 2 ** 40),
          lambda: a.extend(array.array("d")), lambda: a.fromlist((1,)),
          lambda: a.__setitem__(slice(0, 4, 2), array.array("i", [1]))]:
    try:
        f()
    except (TypeError, ValueError, IndexError, OverflowError) as e:
        print(type(e).__name__, e)
