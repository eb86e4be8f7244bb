# zlib functions take their data positionally, copy() / copy.copy / copy.deepcopy of
# (de)compression objects, flush after the end of a stream, huge max_length, pickling refused.
import copy
import pickle
import sys
import zlib

text = b"".join(b"line %d of some text that repeats\n" % i for i in range(3000))
packed = zlib.compress(text, 1)
print(zlib.decompress(packed, 15, 100) == text)
print(zlib.decompress(zlib.compress(text, 9, -15), -15) == text)
print(zlib.decompress(packed, wbits=15, bufsize=64) == text)

for call in (lambda: zlib.compress(data=text), lambda: zlib.compress(),
             lambda: zlib.decompress(data=packed), lambda: zlib.decompressobj().decompress(data=packed),
             lambda: zlib.compressobj().compress(data=text), lambda: zlib.decompress(packed, 1, 2, 3)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

# a Decompress object given max_length=1 keeps the rest in unconsumed_tail; flush() ends it
d = zlib.decompressobj()
first = d.decompress(packed, 1)
print(len(first), len(d.unconsumed_tail) > 0)
rest = d.flush(100)
print(first + rest == text)

# sys.maxsize as max_length means "no limit"
print(zlib.decompressobj().decompress(packed, sys.maxsize) == text)

# copies go on independently
c = zlib.compressobj()
head = c.compress(text[:5000])
for dup in (c.copy(), copy.copy(c), copy.deepcopy(c)):
    out = head + dup.compress(text[5000:]) + dup.flush()
    print("compress copy ok:", zlib.decompress(out) == text)
d = zlib.decompressobj()
part = d.decompress(packed[:100])
for dup in (d.copy(), copy.copy(d), copy.deepcopy(d)):
    print("decompress copy ok:", part + dup.decompress(packed[100:]) + dup.flush() == text)

# a finished stream cannot be copied once flushed
d = zlib.decompressobj()
d.decompress(packed)
d.flush()
for f in (d.copy, lambda: copy.copy(d), lambda: copy.deepcopy(d)):
    try:
        f()
    except ValueError as e:
        print("ValueError:", e)
c = zlib.compressobj()
c.compress(b"x")
c.flush()
try:
    c.copy()
except ValueError as e:
    print("ValueError:", e)

# the objects cannot be pickled
for obj in (zlib.compressobj(), zlib.decompressobj()):
    for proto in range(2, pickle.HIGHEST_PROTOCOL + 1):
        try:
            pickle.dumps(obj, proto)
        except TypeError as e:
            print(proto, "TypeError:", e)
