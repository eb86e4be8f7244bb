# The iterator over a __getitem__ sequence has __length_hint__: len(seq) minus what
# was consumed, NotImplemented without __len__, and a __len__ that recurses into it
# raises RecursionError.
import operator

class Seq:
    def __getitem__(self, i):
        if i < 3:
            return i * 10
        raise IndexError

    def __len__(self):
        return 3

it = iter(Seq())
print(type(it).__name__, it.__length_hint__())
print(next(it), it.__length_hint__(), operator.length_hint(it))
print(list(it), it.__length_hint__())

class NoLen:
    def __getitem__(self, i):
        raise IndexError

print(iter(NoLen()).__length_hint__(), operator.length_hint(iter(NoLen()), 7))

holder = {}

class Loop:
    def __getitem__(self, i):
        raise IndexError

    def __len__(self):
        return holder["it"].__length_hint__()

holder["it"] = iter(Loop())
try:
    holder["it"].__length_hint__()
except RecursionError as e:
    print("RecursionError", e)
