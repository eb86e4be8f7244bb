# Sequence repetition and its errors: an index-sized overflow names the count's own type; a
# user class on the left of *= never repeats the sequence on the right (though * does); and a
# list subclass that defines __mul__/__rmul__ itself loses the built-in repeat, so its errors
# are the plain operand message.
from operator import imul, mul


class Count:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


def attempt(label, fn, *args):
    try:
        print(label, fn(*args))
    except (TypeError, OverflowError) as e:
        print(label, type(e).__name__ + ":", e)


attempt("Count * list", mul, Count(2), ["x"])
attempt("list * Count", mul, ["x"], Count(3))
attempt("int *= list", imul, 2, ["x"])
attempt("Count *= list", imul, Count(2), ["x"])
attempt("Count *= str", imul, Count(2), "ab")
attempt("float *= list", imul, 1.5, ["x"])
for seq in (["x"], ("x",), "x", b"x", bytearray(b"x")):
    attempt(type(seq).__name__ + " * huge Count", mul, seq, Count(-(2 ** 80)))
    attempt(type(seq).__name__ + " * huge int", mul, seq, 2 ** 80)


class Tagged(list):
    pass


class Multiplies(list):
    def __mul__(self, other):
        return NotImplemented


class RMultiplies(list):
    def __rmul__(self, other):
        return NotImplemented


attempt("Tagged * 2", mul, Tagged([1]), 2)
attempt("Tagged * 1.5", mul, Tagged([1]), 1.5)
attempt("Multiplies * 2", mul, Multiplies([1]), 2)
attempt("2 * RMultiplies", mul, 2, RMultiplies([1]))
attempt("Tagged *= list", imul, Tagged([1]), [2])
