# staticmethod/classmethod show the wrapped function's __doc__/__name__/...; an unbound
# super(C) stored on a class binds like a descriptor; type(name, bases, ns) leaves ns alone;
# a descriptor stored as a class's __doc__ is asked for it
def f(x: int) -> int:
    "f docstring"
    return x


for w in (staticmethod(f), classmethod(f)):
    print(type(w).__name__, w.__doc__, w.__name__, w.__qualname__, w.__module__, w.__annotations__, w.__wrapped__ is f)
print(staticmethod(len).__doc__ == len.__doc__, staticmethod(None).__doc__)


class K:
    @staticmethod
    def s():
        "static doc"

    @classmethod
    def c(cls):
        "class doc"


print(K.__dict__['s'].__doc__, K.__dict__['c'].__doc__, K.s.__doc__, K.c.__doc__)


class A:
    def meth(self, a):
        return "A(%r)" % a


class C(A):
    def meth(self, a):
        return "C(%r)" % a + self.__super.meth(a)


C._C__super = super(C)
print(C().meth(3), C._C__super is C.__dict__['_C__super'])
s = super(C)
print(s.__get__(None, C) is s, type(s.__get__(C(), C)).__name__, s.__get__(C(), C).meth(1))

ns = {'a': 1, '__qualname__': 'some.name'}
T = type('Foo', (), ns)
print(sorted(ns), T.__qualname__, T.__module__, '__qualname__' in T.__dict__, T.a)


class DocDescr:
    def __get__(self, obj, owner):
        return 'doc for %s via %s' % (obj.__class__.__name__ if obj is not None else None, owner.__name__)


class Documented:
    __doc__ = DocDescr()


print(Documented.__doc__)
print(Documented().__doc__)
