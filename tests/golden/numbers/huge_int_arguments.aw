# Ints far beyond 64 bits where CPython accepts them or reports a range error (not OverflowError):
# int() bases, byte values, slice.indices and reversed() of huge ranges.

def show(label, thunk):
    try:
        print(label, thunk())
    except Exception as e:
        print(label, type(e).__name__, e)

big = 2 ** 100
for base in (big, -big, 2 ** 63, 37, 1):
    show("int base %d" % base, lambda: int("11", base))

data = b"hello"
for value in (big, -big, 2 ** 64, 108):
    show("in bytes", lambda: value in data)
    show("in bytearray", lambda: value in bytearray(data))
    show("find", lambda: data.find(value))
    show("count", lambda: data.count(value))
    show("index", lambda: bytearray(data).index(value))

for sl, length in [(slice(0, big, 1), big + 5), (slice(-big, big, -3), 2 ** 90),
                   (slice(None, None, -1), 2 ** 65), (slice(0, big), 10),
                   (slice(-5, None, big), 2 ** 70), (slice(3, -2 ** 80), 2 ** 64),
                   (slice(None, None, 0), big)]:
    show("indices %r %d" % (sl, length), lambda: sl.indices(length))

for r in (range(0, 2 ** 65, 3), range(2 ** 63, 2 ** 63 + 10, 3), range(2 ** 64, 2 ** 63, -2 ** 61),
          range(5, 2 ** 70, -1)):
    it = reversed(r)
    show("reversed %r" % r, lambda: [next(it, None) for _ in range(3)])
