# copy/deepcopy: __getnewargs_ex__, copyreg registrations, bound methods, weakrefs, code
# objects, and objects that refuse every reduce method
import copy, copyreg, weakref


class Point(int):
    def __new__(cls, *, x):
        self = int.__new__(cls, x)
        self.x = x
        return self

    def __getnewargs_ex__(self):
        return (), {'x': self.x}


p = copy.copy(Point(x=7))
print(type(p).__name__, p, p.x)
q = copy.deepcopy(Point(x=9))
print(type(q).__name__, q, q.x)


class Reg:
    def __init__(self, v):
        self.v = v


def reduce_reg(obj):
    print("reducing", obj.v)
    return Reg, (obj.v * 10,)


copyreg.pickle(Reg, reduce_reg)
print(copy.copy(Reg(1)).v, copy.deepcopy(Reg(2)).v)
del copyreg.dispatch_table[Reg]


class Holder:
    def __init__(self):
        self.items = [1, 2]

    def total(self):
        return sum(self.items)


h = Holder()
m = copy.deepcopy(h.total)
print(m.__self__ is h, m.__self__.items == h.items, m.__self__.items is h.items, m())
m2 = copy.copy(h.total)
print(m2.__self__ is h, m2 == h.total)

r = weakref.ref(h)
print(copy.copy(r) is r, copy.deepcopy(r) is r)
code = Holder.total.__code__
print(copy.copy(code) is code, copy.deepcopy(code) is code)


class Stubborn:
    def __getattribute__(self, name):
        if name.startswith("__reduce"):
            raise AttributeError(name)
        return object.__getattribute__(self, name)


for fn in (copy.copy, copy.deepcopy):
    try:
        fn(Stubborn())
    except copy.Error as e:
        print("Error:", str(e).replace(__name__, 'M'))


class Bad:
    def __getnewargs_ex__(self):
        return ("not a tuple", {})


try:
    copy.copy(Bad())
except TypeError as e:
    print("TypeError:", e)
