import pickle, io, os, tempfile, collections

data = {'a': [1, 2.5, 'x', None, True, False], 'b': (1, (2, 3)), 'c': {1, 2}, 'd': b'by\x00tes',
        'e': 10**30, 'f': frozenset([3]), 'g': -7, 'h': 'üñí€😀', 'i': bytearray(b'ba'),
        'j': 1.5e-300, 'k': [], 'l': {}, 'm': complex(1, -2), 'n': -2**70, 'o': range(1, 10, 2)}
for proto in range(0, 6):
    s = pickle.dumps(data, protocol=proto)
    back = pickle.loads(s)
    print(proto, back == data, len(s), type(back['i']).__name__, back['h'])
print(pickle.dumps([1, 'a', None, (True,)]))
print(pickle.dumps({'k': 1.0}, protocol=0))
print(pickle.dumps(b'abc', protocol=2), pickle.dumps('é', protocol=0))
print(pickle.loads(b'\x80\x02c_codecs\nencode\nq\x00X\x02\x00\x00\x00\xc3\xa9q\x01X\x06\x00\x00\x00latin1q\x02\x86q\x03Rq\x04.'))
shared = [1, 2]
obj = [shared, shared]
back = pickle.loads(pickle.dumps(obj))
print(back, back[0] is back[1])
rec = []
rec.append(rec)
r = pickle.loads(pickle.dumps(rec))
print(r[0] is r)

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'Point({self.x}, {self.y})'

class Slotted:
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a, self.b = 1, 'two'

class Custom:
    def __init__(self, v):
        self.v = v
    def __reduce__(self):
        return (Custom, (self.v * 2,))

class WithState:
    def __init__(self):
        self.secret, self.public = 's', 'p'
    def __getstate__(self):
        return {'public': self.public}
    def __setstate__(self, st):
        self.__dict__.update(st)
        self.restored = True

P = collections.namedtuple('P', 'x y')
for proto in (0, 2, 4, 5):
    p = pickle.loads(pickle.dumps(Point(1, [2]), protocol=proto))
    s = pickle.loads(pickle.dumps(Slotted(), protocol=max(proto, 2)))
    c = pickle.loads(pickle.dumps(Custom(5), protocol=proto))
    w = pickle.loads(pickle.dumps(WithState(), protocol=proto))
    print(proto, p, type(p).__name__, s.a, s.b, c.v, vars(w), pickle.loads(pickle.dumps(P(1, 2), protocol=proto)))
e = pickle.loads(pickle.dumps(ValueError('bad', 3)))
print(type(e).__name__, e.args)
print(pickle.loads(pickle.dumps(collections.OrderedDict(a=1))), pickle.loads(pickle.dumps(len)), pickle.loads(pickle.dumps(Point)))
print(pickle.loads(pickle.dumps(collections.Counter('aab'))), pickle.loads(pickle.dumps(collections.deque([1, 2], maxlen=5))))
d = tempfile.mkdtemp()
path = os.path.join(d, 'data.pkl')
with open(path, 'wb') as f:
    pickle.dump(data, f)
    pickle.dump('second', f)
with open(path, 'rb') as f:
    print(pickle.load(f) == data, pickle.load(f))
os.remove(path)
os.rmdir(d)
buf = io.BytesIO()
pickle.Pickler(buf, protocol=3).dump([1, 2])
buf.seek(0)
print(pickle.Unpickler(buf).load(), pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
for bad in [b'', b'garbage', b'\x80\x04\x95', pickle.dumps([1])[:-1]]:
    try:
        pickle.loads(bad)
    except Exception as ex:
        print(type(ex).__name__, ex)
try:
    pickle.dumps(lambda: 1)
except Exception as ex:
    print(type(ex).__name__, str(ex).split(" at 0x")[0])
try:
    pickle.dumps(Slotted(), protocol=1)
except TypeError as ex:
    print('TypeError', ex)
try:
    pickle.dumps(1, protocol=9)
except ValueError as ex:
    print('ValueError', ex)
