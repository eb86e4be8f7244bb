# An exception class with its own __new__ still gets BaseException.__init__'s args, and
# exceptions reduce to (class, args[, state]) so copy and pickle rebuild them.
import copy
import pickle


class Tagged(Exception):
    def __new__(cls, *args):
        print("new with", args)
        return super().__new__(cls, "placeholder")


t = Tagged("disk", 3)
print(t.args, str(t), repr(t))
print(Exception.__new__(ValueError, 1, 2).args, BaseException.__new__(KeyError).args)


class Coded(Exception):
    def __init__(self, code):
        super().__init__(f"failed with {code}")
        self.code = code


c = Coded(7)
print(c.__reduce__())
c2 = copy.copy(c)
print(type(c2).__name__, c2.args, c2.code)
for exc in [ValueError("bad", 1), KeyError("k"), OSError(2, "No such file", "x.txt"), c]:
    back = pickle.loads(pickle.dumps(exc))
    print(type(back).__name__, back.args, str(back), vars(back) == vars(exc))
e = RuntimeError("r")
e.__setstate__({"hint": "retry"})
print(e.hint, e.__reduce__())
try:
    e.__setstate__([1])
except TypeError as err:
    print(err)
