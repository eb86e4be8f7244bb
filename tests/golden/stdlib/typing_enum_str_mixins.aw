# str() checks its encoding/errors arguments first (StrEnum members built from tuples rely on
# it), and C types that refuse subclassing are named with their module
import enum, re, sys, types

for args in [(b'a', 2), (b'a', 'utf-8', 9), ('a', 2), ('a', 'utf-8'), (b'a', 'ascii')]:
    try:
        print(repr(str(*args)))
    except (TypeError, LookupError) as e:
        print(type(e).__name__, e)

class Custom(str, enum.ReprEnum):
    pass
class Good(Custom):
    one = '1'
    two = b'2', 'ascii', 'strict'
print(list(Good), Good.two == '2')
for body in [("x", (b'2', sys.getdefaultencoding)), ("y", (b'2', 'ascii', 9))]:
    try:
        Custom('Bad', [('one', '1'), body])
    except TypeError as e:
        print('TypeError', e)

for t in [re.Match, bool, type(None), types.FunctionType, range, slice, memoryview, types.GenericAlias,
          type(int | str), type(len), type(...)]:
    try:
        class X(t):
            pass
        print('ok', t.__name__)
    except TypeError as e:
        print(e)
