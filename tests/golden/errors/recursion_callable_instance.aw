# A class whose __call__ (or __get__, or __getitem__) is one of its own instances recurses in
# native code: a RecursionError "while calling a Python object", not a crash; recursion
# through a __call__ method counts two levels per call, as in CPython.


class Looping:
    pass


loop = Looping()
Looping.__call__ = loop
try:
    loop()
except RecursionError as e:
    print("RecursionError:", e)

Looping.__getitem__ = loop
try:
    loop[0]
except RecursionError as e:
    print("RecursionError:", e)


class Both:
    pass


both = Both()
Both.__get__ = Both.__call__ = both
Both.attr = both
try:
    both.attr
except RecursionError as e:
    print("RecursionError:", e)


class Countdown:
    def __call__(self, n):
        return 0 if n == 0 else self(n - 1) + 1


for n in (300, 495, 600):
    try:
        print(n, Countdown()(n))
    except RecursionError as e:
        print(n, "RecursionError:", e)
print("still running")
