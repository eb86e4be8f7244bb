# code objects' co_name, co_qualname, co_filename, co_firstlineno, argument counts and co_varnames.
def f(a, b=1, /, c=2, *args, d, e=3, **kw):
    x = 1
    y = 2
    def inner():
        return x
    return inner
class K:
    def method(self, n):
        z = n
        return z
c = f.__code__
print(c.co_name, c.co_qualname, c.co_filename == __file__, c.co_firstlineno, c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount, c.co_varnames)
print(K.method.__code__.co_qualname, K.method.__code__.co_varnames, f(1, d=0).__code__.co_varnames, f(1, d=0).__code__.co_name, (lambda q: q).__code__.co_name)
def deco(fn):
    names = fn.__code__.co_varnames[:fn.__code__.co_argcount]
    def w(*a):
        print(fn.__name__, dict(zip(names, a)))
        return fn(*a)
    return w
@deco
def add(p, q):
    r = p + q
    return r
print(add(2, 3))
import types
print(isinstance(c, types.CodeType), types.CodeType.__name__)
