import inspect


def f(a, b=2, *args, c, d=4, **kw):
    pass

print(inspect.getcallargs(f, 1, c=3))
print(inspect.getcallargs(f, 1, 2, 3, 4, c=5, e=6))
for call in [lambda: inspect.getcallargs(f, c=1), lambda: inspect.getcallargs(f, 1),
             lambda: inspect.getcallargs(f, 1, c=1, a=2)]:
    try:
        call()
    except TypeError as e:
        print('TypeError', e)


class A:
    x = 1

    @property
    def p(self):
        return 2

    @staticmethod
    def s():
        pass

    @classmethod
    def c(cls):
        pass

    def m(self):
        pass


class B(A):
    def m(self):
        pass

for attr in inspect.classify_class_attrs(B):
    if not attr.name.startswith('__'):
        print(attr.name, attr.kind, attr.defining_class.__name__)

y = 10
def make():
    z = 5
    def inner(q):
        return q + y + z + len('')
    return inner

cv = inspect.getclosurevars(make())
print(cv.nonlocals, cv.globals, sorted(cv.builtins), cv.unbound)


class Desc:
    def __get__(self, obj, owner=None):
        return 'computed'

class C:
    d = Desc()
    def __getattr__(self, name):
        return 'dynamic'

obj = C()
print(obj.d, obj.missing)
print(type(inspect.getattr_static(obj, 'd')).__name__)
print(inspect.getattr_static(obj, 'missing', 'default'))
print(inspect.getattr_static(B, 'x'))
try:
    inspect.getattr_static(obj, 'nope')
except AttributeError as e:
    print('AttributeError', e)
tree = inspect.getclasstree([A, B])
print(tree)
