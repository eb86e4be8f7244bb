# the pickled bytes are CPython's for simple data in every protocol
import pickle

values = [[1, "a", (2.5,)], {"k": None, "n": [True, False]}, b"\x00\x01", "\u20ac", 2 ** 40, -1, 300, 70000, (1, 2, 3), [], ()]
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for v in values:
        print(proto, pickle.dumps(v, protocol=proto))
