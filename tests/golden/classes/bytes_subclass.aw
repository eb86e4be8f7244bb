# A user class may inherit from bytes: construction through super().__new__, instance
# attributes, the bytes protocols, methods returning plain bytes, copy and pickle.
import pickle, copy, struct, hashlib
class MB(bytes):
    def __new__(cls, data, tag='t'):
        self = super().__new__(cls, data)
        self.tag = tag
        return self
    def shout(self): return self.upper()
m = MB(b'abc', 'x')
print(m, repr(m), str(m), m.tag, m.shout(), type(m.shout()).__name__, len(m), m[0], m[1:], type(m[1:]).__name__)
print(m == b'abc', b'abc' == m, m < b'abd', hash(m) == hash(b'abc'), {m: 1}[b'abc'], m in {b'abc'})
print(m + b'd', b'z' + m, type(m + b'd').__name__, m * 2, type(m * 2).__name__, b'b' in m, 98 in m)
print(m.decode(), m.hex(), m.split(b'b'), m.strip(), type(m.strip()).__name__, m.replace(b'a', b'A'), list(m))
print(bytes(m), type(bytes(m)).__name__, bytearray(m), memoryview(m).tobytes(), b'-'.join([m, m]))
print(int.from_bytes(m, 'big'), struct.unpack('3s', m), hashlib.md5(m).hexdigest()[:8])
print(isinstance(m, bytes), issubclass(MB, bytes), MB.__mro__, m.__dict__)
print(f'{m}', '%s' % m, format(m), '%r' % (m,))
class MB2(bytes):
    def __repr__(self): return 'MB2!' + super().__repr__()
    def __len__(self): return 99
    def __eq__(self, o): return True
    __hash__ = bytes.__hash__
n = MB2(b'q')
print(repr(n), len(n), n == b'zz', n != 1)
c = copy.copy(m); print(c, type(c).__name__, getattr(c, 'tag', None))
class Plain(bytes): pass
p = Plain(b'xy'); p.extra = 1
q = pickle.loads(pickle.dumps(p)); print(q, type(q).__name__, q.extra)
d = copy.deepcopy(p); print(d, type(d).__name__, d.extra)
print(Plain(), Plain(3), Plain([65, 66]), Plain('é', 'utf-8'), Plain(b'a').fromhex('41'), type(Plain.fromhex('41')).__name__)
try: Plain(b'a')[0] = 1
except TypeError as e: print(e)
print(sorted([Plain(b'b'), b'a']), max(Plain(b'x'), b'y'), b'%s' % Plain(b'fmt'), Plain(b'ab').count(b'a'))
import os
print(os.fsdecode(Plain(b'path')), Plain(b'A').isupper(), Plain(b'x').center(5, b'-'))
