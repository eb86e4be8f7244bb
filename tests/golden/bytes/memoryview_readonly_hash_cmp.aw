# memoryview: toreadonly(), a hash that survives release(), weak references, and no ordering
# between bytes and memoryviews (bytearray compares with any buffer)
import weakref

ba = bytearray(b'abcdef')
m = memoryview(ba)
ro = m.toreadonly()
print(ro.readonly, m.readonly, ro.tobytes(), ro[1:3].readonly, memoryview(ro).readonly, ro.cast('B').readonly)
try:
    ro[0] = 1
except TypeError as e:
    print("TypeError:", e)
m[0] = ord('z')
print(ro.tobytes(), bytes(ro[::2]))
try:
    hash(m)
except ValueError as e:
    print("ValueError:", e)

b = memoryview(b'abcdef')
h = hash(b)
print(h == hash(b'abcdef'), hash(b.toreadonly()) == h)
b.release()
print(hash(b) == h)
c = memoryview(b'xyz')
c.release()
try:
    hash(c)
except ValueError as e:
    print("ValueError:", e)
try:
    ro.release()
    ro.toreadonly()
except ValueError as e:
    print("ValueError:", e)

r = weakref.ref(m)
print(r() is m)

v = memoryview(b'ab')
for f in (lambda: v < v, lambda: b'ab' <= v, lambda: v >= b'ab', lambda: b'ab' > v):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
print(b'ab' == v, v == b'ab', bytearray(b'a') < v, v > bytearray(b'a'), b'ab' == bytearray(b'ab'), b'a' < bytearray(b'b'))
