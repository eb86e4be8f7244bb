# random.seed(str or bytes, version=1): CPython's legacy string hash, so old seeds replay.
import random
g = random.Random()
for a in ('nofar', 'rachel', b'nofar', '', b'', 'h\u00e9llo \u20ac', b'\xff\x00z'):
    g.seed(a, version=1)
    print(repr(a), [g.random().hex() for i in range(2)], g.randrange(1000))
g.seed(12345, version=1); print(g.random())
g.seed('abc', version=2); print(g.random())
