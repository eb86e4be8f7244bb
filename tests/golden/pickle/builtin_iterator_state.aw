# Built-in iterators pickle and copy mid-way: dict (keys, values, items, reversed), set,
# bytes/bytearray, enumerate, reversed() of a sequence and iterators of huge ranges.
import copy
import pickle


class Squares:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i


def makers():
    d = {"a": 1, "b": 2, "c": 3}
    yield "keys", lambda: iter(d)
    yield "values", lambda: iter(d.values())
    yield "items", lambda: iter(d.items())
    yield "reversed dict", lambda: reversed(d)
    yield "bytes", lambda: iter(b"spam")
    yield "bytearray", lambda: iter(bytearray(b"eggs"))
    yield "enumerate", lambda: enumerate("xyz", 10)
    yield "reversed str", lambda: reversed("abcde")
    yield "reversed seq", lambda: reversed(Squares(5))
    yield "seq iter", lambda: iter(Squares(4))
    yield "huge range", lambda: iter(range(2 ** 64, 2 ** 64 + 9, 2))
    yield "reversed huge range", lambda: reversed(range(2 ** 64, 2 ** 64 + 9, 2))


for proto in (0, 2, pickle.HIGHEST_PROTOCOL):
    for label, make in makers():
        it = make()
        next(it)
        clone = pickle.loads(pickle.dumps(it, proto))
        print(proto, label, list(clone), list(copy.copy(it)), list(it))

it = iter({3, 1, 2})
next(it)
print(sorted(pickle.loads(pickle.dumps(it))), len(list(it)))

for label, make in makers():
    it = make()
    list(it)
    print("exhausted", label, list(pickle.loads(pickle.dumps(it))))

it = iter(b"abcdef")
it.__setstate__(4)
print(list(it))
it = reversed("abcdef")
it.__setstate__(1)
print(list(it))
