# dir() of everyday objects lists CPython's names (__doc__, __getstate__, __sizeof__ included);
# built-in classes carry CPython's docstrings; object.__getstate__ with a dict and __slots__.
class A:
    pass


class S:
    __slots__ = ('p', 'q')


class T(S):
    __slots__ = ('r',)


for obj in [object(), A()]:
    print(type(obj).__name__, dir(obj))
print(object.__doc__)
print(list.__doc__)
print(ValueError.__doc__, type(None).__doc__, A.__doc__)
a = A()
print(a.__getstate__())
a.x = 1
print(a.__getstate__(), a.__getstate__() is a.__dict__)
t = T()
t.r = 5
t.q = 2
print(t.__getstate__(), object().__getstate__(), [].__getstate__())
print(isinstance(object().__sizeof__(), int), isinstance(A().__sizeof__(), int))


class Doc:
    def m(self):
        "the m method"


print(Doc().m.__doc__, Doc.m.__doc__)

for obj in ["", 1, 2.5, None, True, [], {}, (), set(), range(2)]:
    print(type(obj).__name__, dir(obj))
print((5).__getnewargs__(), True.__getnewargs__(), 'ab'.__getnewargs__(), (1, 2).__getnewargs__(), (2.5).__getnewargs__())
print(list.__class_getitem__(int), tuple.__class_getitem__((int, str)), float.__getformat__('double'))
print(None.__bool__(), range(0).__bool__(), range(3).__bool__())
