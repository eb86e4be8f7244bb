# PEP 560 __mro_entries__ found on an instance (a function), as typing.TypedDict does
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns['made_by'] = 'Meta'
        return super().__new__(mcls, name, bases, ns)

_Base = type.__new__(Meta, '_Base', (), {})

def Record(name, fields):
    return None

Record.__mro_entries__ = lambda bases: (_Base,)

class Point(Record):
    x = 1

print(type(Point).__name__, [c.__name__ for c in Point.__mro__], Point.made_by)
print(Point.__orig_bases__ == (Record,))

class Holder:
    def __init__(self, target):
        self.__mro_entries__ = lambda bases: (target,)

class Q(Holder(dict)):
    pass
print(Q.__mro__, issubclass(Q, dict))

# PEP 646: *args: *Ts stores the single item that unpacking yields
class Ts:
    def __iter__(self):
        yield 'Unpacked'
def f(*args: *Ts()): pass
print(f.__annotations__)
def g(*args: *(int,)) -> None: pass
print(g.__annotations__)
try:
    def h(*args: *(int, str)): pass
except ValueError as e:
    print('ValueError', e)
