# help() on built-in functions, methods and classes, their __doc__ (as CPython's: the signature
# line is in __text_signature__), and the site builtins help, copyright, credits.
import pydoc

help(len)
help(print)
help(str.upper)
help(''.join)
help(dict.fromkeys)
help(str.maketrans)
help(int.bit_length)
help([].append)
help(str.__len__)
help(abs)
print(len.__doc__)
print(repr(len.__doc__), repr(len.__text_signature__))
print(repr(str.join.__doc__))
print(repr(print.__doc__))
print(repr(dict.get.__doc__), repr({}.get.__doc__))
print(repr(str.maketrans.__doc__[:40]))
print(repr(int.real.__doc__), repr(str.__len__.__doc__))
print(int.__doc__)
print(repr(list.__doc__), repr(ValueError.__doc__), repr(KeyError.__doc__))
print(repr(BaseException.with_traceback.__doc__))
print(repr(property.__text_signature__), repr(int.__text_signature__))


class C:
    def m(self):
        "mm"


print(repr(C().m.__doc__), repr(object.__getattribute__(C().m, '__doc__')))
print(type(C().m).__doc__)
print(repr(C.__dict__['__dict__'].__doc__))
for name in ['abs', 'all', 'any', 'ascii', 'bin', 'callable', 'chr', 'compile', 'delattr', 'dir',
             'divmod', 'eval', 'exec', 'format', 'getattr', 'globals', 'hasattr', 'hash', 'hex',
             'id', 'input', 'isinstance', 'issubclass', 'iter', 'len', 'locals', 'max', 'min',
             'next', 'oct', 'ord', 'pow', 'print', 'repr', 'round', 'setattr', 'sorted', 'sum',
             'vars', 'aiter', 'anext', '__import__', '__build_class__']:
    print(name, repr(getattr(__builtins__, name).__doc__)[:70])
print(repr(help))
print(repr(copyright))
print(repr(credits))
copyright()
credits()
print(type(help).__name__, type(help).__module__, type(copyright).__name__)
print(pydoc.getdoc(len), '|', pydoc.getdoc(str.upper))
help(None)
print(repr(type(None).__bool__.__doc__), repr((lambda: 0).__get__.__doc__))
