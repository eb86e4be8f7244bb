# hashlib hashes array.array data (a buffer exporter); file_digest takes binary readers and
# BytesIO, and refuses text files, write-only files and non-files with ValueError.
import array
import hashlib
import io
import os
import tempfile

a = array.array('b', range(10))
for name in ('md5', 'sha1', 'sha256', 'sha3_256', 'blake2b', 'blake2s'):
    print(name, hashlib.new(name, a).hexdigest()[:16], hashlib.new(name, bytes(a)).hexdigest()[:16])
h = hashlib.sha256(); h.update(array.array('H', [1, 2, 3])); print(h.hexdigest()[:16])
print(hashlib.shake_128(a).hexdigest(8), hashlib.blake2b(array.array('B', b'abc'), digest_size=8).hexdigest())
try:
    hashlib.sha1(object())
except TypeError as e:
    print('TypeError', e)

path = os.path.join(tempfile.mkdtemp(), 'data.bin')
with open(path, 'wb') as f:
    f.write(b'a' * 100000)
with open(path, 'rb') as f:
    print(hashlib.file_digest(f, 'sha256').hexdigest()[:16], hashlib.sha256(b'a' * 100000).hexdigest()[:16])
print(hashlib.file_digest(io.BytesIO(b'xyz'), hashlib.md5).hexdigest())
for opener in (lambda: None, lambda: open(path, 'r'), lambda: open(path, 'ab')):
    f = opener()
    try:
        hashlib.file_digest(f, 'sha256')
    except ValueError as e:
        print('ValueError', 'not a file-like object in binary reading mode' in str(e))
    finally:
        if f is not None:
            f.close()
os.unlink(path)
