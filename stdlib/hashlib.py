"""hashlib: md5, sha1, sha224, sha256, sha384, sha512, sha3_224/256/384/512, shake_128/256,
blake2b and blake2s over the native `_hashlib` (stdlib/hashlib.c), with CPython 3.11's
names: new(name, data=b''), the named constructors, algorithms_guaranteed/available,
pbkdf2_hmac and file_digest. Difference (SPEC.md): BLAKE2's tree-hashing parameters
(fanout, depth, leaf_size, node_offset, node_depth, inner_size, last_node) are refused."""

import _hashlib
from operator import index as _operator_index

algorithms_guaranteed = set(('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
                             'blake2b', 'blake2s', 'sha3_224', 'sha3_256', 'sha3_384',
                             'sha3_512', 'shake_128', 'shake_256'))
algorithms_available = set(algorithms_guaranteed)

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'blake2b', 'blake2s',
           'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'shake_128', 'shake_256', 'new', 'algorithms_guaranteed', 'algorithms_available', 'pbkdf2_hmac', 'file_digest')


def new(name, data=b'', **kwargs):
    """new(name, data=b'') - Return a new hashing object using the named algorithm;
    optionally initialized with data (which must be a bytes-like object)."""
    if not isinstance(name, str):
        raise TypeError("name must be a string")
    if name in ('blake2b', 'blake2s'):
        return (blake2b if name == 'blake2b' else blake2s)(data, **kwargs)
    return _hashlib.new(name, data)


def _constructor(name):
    def constructor(string=b'', *, usedforsecurity=True):
        return _hashlib.new(name, string)
    constructor.__name__ = constructor.__qualname__ = 'openssl_' + name
    return constructor


md5 = _constructor('md5')
sha1 = _constructor('sha1')
sha224 = _constructor('sha224')
sha256 = _constructor('sha256')
sha384 = _constructor('sha384')
sha512 = _constructor('sha512')
sha3_224 = _constructor('sha3_224')
sha3_256 = _constructor('sha3_256')
sha3_384 = _constructor('sha3_384')
sha3_512 = _constructor('sha3_512')
shake_128 = _constructor('shake_128')
shake_256 = _constructor('shake_256')


def _blake2(name, max_size):
    def constructor(data=b'', /, *, digest_size=max_size, key=b'', salt=b'', person=b'',
                    fanout=1, depth=1, leaf_size=0, node_offset=0, node_depth=0,
                    inner_size=0, last_node=False, usedforsecurity=True):
        if (fanout, depth, leaf_size, node_offset, node_depth, inner_size, last_node) != (1, 1, 0, 0, 0, 0, False):
            raise ValueError("aw: BLAKE2 tree hashing parameters are not supported")
        return _hashlib.new(name, data, digest_size=digest_size, key=key, salt=salt, person=person)
    constructor.__name__ = constructor.__qualname__ = name
    return constructor


blake2b = _blake2('blake2b', 64)
blake2s = _blake2('blake2s', 32)




def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    """Password based key derivation function 2 (PKCS #5 v2.0) with HMAC as
    pseudorandom function."""
    if not isinstance(hash_name, str):
        raise TypeError(hash_name)
    password = bytes(password)
    salt = bytes(salt)
    inner = new(hash_name)
    outer = new(hash_name)
    blocksize = inner.block_size
    if len(password) > blocksize:
        password = new(hash_name, password).digest()
    password = password + b'\x00' * (blocksize - len(password))
    inner.update(bytes(x ^ 0x36 for x in password))
    outer.update(bytes(x ^ 0x5C for x in password))

    def prf(msg):
        icpy = inner.copy()
        ocpy = outer.copy()
        icpy.update(msg)
        ocpy.update(icpy.digest())
        return ocpy.digest()

    iterations = _operator_index(iterations)
    if iterations < 1:
        raise ValueError("iteration value must be greater than 0.")
    if iterations > 0x7FFFFFFF:
        raise OverflowError("iteration value is too great.")
    if dklen is None:
        dklen = outer.digest_size
    dklen = _operator_index(dklen)
    if dklen < 1:
        raise ValueError("key length must be greater than 0.")
    if dklen > 0x7FFFFFFF:
        raise OverflowError("key length is too great.")
    dkey = b''
    loop = 1
    while len(dkey) < dklen:
        prev = prf(salt + loop.to_bytes(4, 'big'))
        rkey = int.from_bytes(prev, 'big')
        for _ in range(iterations - 1):
            prev = prf(prev)
            rkey ^= int.from_bytes(prev, 'big')
        loop += 1
        dkey += rkey.to_bytes(inner.digest_size, 'big')
    return dkey[:dklen]


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """Hash the contents of a file-like object. Returns a digest object."""
    if isinstance(digest, str):
        digestobj = new(digest)
    else:
        digestobj = digest()
    if hasattr(fileobj, "getbuffer"):   # io.BytesIO
        digestobj.update(fileobj.getbuffer())
        return digestobj
    # CPython accepts only binary files open for reading (aw's text files also have readinto,
    # so their mode tells them apart)
    if not (hasattr(fileobj, "readinto") and hasattr(fileobj, "readable") and fileobj.readable()
            and 'b' in getattr(fileobj, "mode", "b")):
        raise ValueError(f"'{fileobj!r}' is not a file-like object in binary reading mode.")
    while True:
        data = fileobj.read(_bufsize)
        if not data:
            break
        digestobj.update(data)
    return digestobj
