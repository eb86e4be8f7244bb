import array, pickle, copy, collections.abc


class Tagged(array.array):
    def __new__(cls, typecode, init=(), tag=None):
        return super().__new__(cls, typecode, init)

    def __init__(self, typecode, init=(), tag=None):
        self.tag = tag


for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    a = array.array('i', [1, -2, 3])
    b = pickle.loads(pickle.dumps(a, proto))
    t = Tagged('d', [1.5, 2.5], tag='x')
    t.extra = 7
    u = pickle.loads(pickle.dumps(t, proto))
    print(proto, b, b == a, type(u).__name__, u, u.tag, u.extra)

a = array.array('H', [1, 2])
r = a.__reduce_ex__(2)
print(r[0].__name__, r[1], r[2])
r = a.__reduce_ex__(3)
print(r[0].__name__, r[1][1:], r[2])
print(array._array_reconstructor(array.array, 'l', 10, b'\x01' + b'\x00' * 7))
print(array._array_reconstructor(array.array, 'd', 17, b'\x3f\xf0' + b'\x00' * 6))
print(array._array_reconstructor(array.array, 'u', 19, 'hi'.encode('utf-16-be')))
print(array._array_reconstructor(array.array, 'i', 0, b'\x01\xff'))
for args in [(array.array, 'b', 22, b''), (array.array, '?', 0, b''), (str, 'b', 0, b''),
             (array.array, 'b', '', b''), (array.array, '', 0, b''), (array.array, 'd', 16, b'a'),
             (array.array, 'b', 0, '')]:
    try:
        array._array_reconstructor(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(isinstance(a, collections.abc.MutableSequence), issubclass(array.array, collections.abc.Sequence))
for bad in (None, 42):
    try:
        array.array('b', bad)
    except TypeError as e:
        print('TypeError', e)
try:
    array.array('b', [1], x=1)
except TypeError as e:
    print('TypeError', e)
try:
    array.array('b').frombytes(3)
except TypeError as e:
    print('TypeError', e)
