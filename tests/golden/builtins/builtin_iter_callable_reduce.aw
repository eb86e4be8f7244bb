# iter(callable, sentinel): pickles as (iter, (callable, sentinel)) and, exhausted, as
# (iter, ((),)); the sentinel is compared on the left. A metaclass has no one-argument form.
import pickle

class Counter:
    def __init__(self):
        self.i = 0
    def __call__(self):
        self.i += 1
        return self.i

it = iter(Counter(), 4)
print(next(it))
fn, args = it.__reduce__()
print(fn is iter, type(args[0]).__name__, args[1])
copy = pickle.loads(pickle.dumps(it))
print(list(copy), list(it), it.__reduce__())

class Loud:
    def __eq__(self, other):
        print("Loud.__eq__ called with", other)
        return other == 2
print(list(iter(iter([1, 2, 3]).__next__, Loud())))

class Meta(type):
    pass
for args in ((5,), ()):
    try:
        Meta(*args)
    except TypeError as e:
        print("TypeError:", e)
for args in ((), ("A", ())):
    try:
        type(*args)
    except TypeError as e:
        print("TypeError:", e)
print(type(5).__name__)
