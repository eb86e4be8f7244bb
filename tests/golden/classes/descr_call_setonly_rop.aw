# __call__ of functions, built-ins, bound methods and staticmethods; a descriptor with __set__
# but no __get__ lets the instance's value show; a subclass that merely inherits __rop__ does
# not get to go first
def f(a=1, *, b=2):
    return a + b


print(hasattr(f, '__call__'), f.__call__(5, b=1), len.__call__('abc'))
print(hasattr(print, '__call__'), hasattr(lambda: 0, '__call__'), hasattr(3, '__call__'))


class K:
    def m(self, x):
        return x * 2

    @staticmethod
    def s(x):
        return -x


print(K().m.__call__(4), K.__dict__['s'].__call__(3), callable(K().m.__call__))
print(all(callable(getattr(o, '__call__')) for o in (f, len, K().m, [].append)))


class SetOnly:
    def __set__(self, obj, value):
        obj.__dict__['a'] = value * 10


class X:
    a = SetOnly()


x = X()
print(type(x.a).__name__)
x.a = 4
print(x.a, X.__dict__['a'].__class__.__name__)


class Meta(type):
    pass


class Y(metaclass=Meta):
    pass


Y.a = 42
Meta.a = SetOnly()
print(Y.a)


class C:
    def __sub__(self, o):
        return "C.__sub__"

    def __rsub__(self, o):
        return "C.__rsub__"


class E(C):
    pass


class F(C):
    def __rsub__(self, o):
        return "F.__rsub__"


print(C() - E(), E() - C(), C() - F(), 1 - E(), E() - 1)


class N(int):
    def __radd__(self, o):
        return "N.__radd__"


class M(int):
    pass


print(1 + N(1), type(2 + M(1)).__name__)
