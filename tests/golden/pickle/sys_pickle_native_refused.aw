# Objects of native types that define no reduction cannot be pickled (TypeError naming the
# type as CPython's tp_name does); type.__flags__ tells heap classes from native types.
import copyreg
import pickle
import zlib


def gen():
    yield 1


class Plain:
    pass


class MyList(list):
    pass


for obj in (zlib.compressobj(), gen(), Plain(), MyList([1, 2])):
    for proto in (2, 4):
        try:
            data = pickle.dumps(obj, proto)
            print(type(obj).__name__, proto, "pickled:", type(pickle.loads(data)).__name__)
        except TypeError as e:
            print(type(obj).__name__, proto, "TypeError:", e)

HEAP = copyreg._HEAPTYPE
for cls in (int, str, list, dict, object, type, KeyError, Plain, MyList, type(gen())):
    print(cls.__name__, bool(cls.__flags__ & HEAP), bool(cls.__flags__ & (1 << 10)))
print(bool(int.__flags__ & (1 << 24)), bool(MyList.__flags__ & (1 << 25)), bool(KeyError.__flags__ & (1 << 30)),
      bool(type.__flags__ & (1 << 31)), bool(Plain.__flags__ & (1 << 24)))
