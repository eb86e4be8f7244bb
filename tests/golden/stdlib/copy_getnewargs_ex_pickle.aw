# object.__reduce_ex__ with __getnewargs_ex__ (copyreg.__newobj_ex__) through pickle at every
# protocol, its checks, and functools.partial's reduce/setstate
import copy
import functools
import pickle


class Money(int):
    def __new__(cls, cents, *, currency='EUR'):
        self = super().__new__(cls, cents)
        self.currency = currency
        return self

    def __getnewargs_ex__(self):
        return (int(self),), {'currency': self.currency}


m = Money(250, currency='USD')
for proto in range(6):
    x = pickle.loads(pickle.dumps(m, proto))
    print(proto, type(x).__name__, x, x.currency)
r = m.__reduce_ex__(2)
print(r[0].__name__, r[1])
print(copy.deepcopy(m).currency)


class Bad:
    def __init__(self, ret):
        self.ret = ret

    def __getnewargs_ex__(self):
        return self.ret


for ret in ([(), {}], ((), {}, 1), ([], {}), ((), [])):
    try:
        Bad(ret).__reduce_ex__(2)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


def power(base, exp):
    return base ** exp


square = functools.partial(power, exp=2)
square.note = 'sq'
print(square.__reduce__()[2][1:])
for proto in (0, 2, 5):
    s2 = pickle.loads(pickle.dumps(square, proto))
    print(s2(7), s2.keywords, s2.note)
c = copy.deepcopy(functools.partial(power, 3))
print(c(2), c.args)
try:
    functools.partial(power).__setstate__((1, 2))
except TypeError as e:
    print("TypeError:", e)
