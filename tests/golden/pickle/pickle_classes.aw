# instances, __slots__, __getstate__/__setstate__, __reduce__, copyreg, functions and classes by name
import copyreg
import io
import pickle


class P:
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        return type(other) is P and other.x == self.x


class Slots:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1


class State:
    def __init__(self):
        self.value = 5
        self.cache = "big"

    def __getstate__(self):
        return {"value": self.value}

    def __setstate__(self, state):
        self.value = state["value"]
        self.cache = None


class Reduced:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __reduce__(self):
        return (Reduced, (self.a, self.b))


class MyList(list):
    pass


class Error(Exception):
    pass


class Custom:
    def __init__(self, n):
        self.n = n


copyreg.pickle(Custom, lambda c: (Custom, (c.n * 10,)))


def func():
    return 42


for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    p = pickle.loads(pickle.dumps(P(3), proto))
    st = pickle.loads(pickle.dumps(State(), proto))
    red = pickle.loads(pickle.dumps(Reduced(1, [2]), proto))
    ml = MyList([1, 2])
    ml.tag = "t"
    ml2 = pickle.loads(pickle.dumps(ml, proto))
    err = pickle.loads(pickle.dumps(Error("bad", 2), proto))
    cu = pickle.loads(pickle.dumps(Custom(4), proto))
    fn = pickle.loads(pickle.dumps(func, proto))
    print(proto, p == P(3), st.value, st.cache, red.a, red.b, type(ml2).__name__, ml2, ml2.tag,
          type(err).__name__, err.args, cu.n, fn(), pickle.loads(pickle.dumps(P, proto)) is P)
    if proto >= 2:
        s = pickle.loads(pickle.dumps(Slots(), proto))
        print(s.a, hasattr(s, "b"))
buf = io.BytesIO()
pickle.dump({"x": 1}, buf)
pickle.dump([2], buf)
buf.seek(0)
print(pickle.load(buf), pickle.load(buf))
for bad in [lambda: pickle.dumps(lambda: 0), lambda: pickle.dumps((x for x in [])), lambda: pickle.dumps(Slots(), 1)]:
    try:
        bad()
    except (pickle.PicklingError, TypeError, AttributeError) as e:
        print(type(e).__name__, str(e).split(" at 0x")[0])
print(issubclass(pickle.PicklingError, pickle.PickleError), issubclass(pickle.UnpicklingError, pickle.PickleError))
