# object.__init__ / object.__new__ reject extra arguments the way CPython does
def t(f):
    try:
        r = f()
        print(type(r).__name__)
    except TypeError as e:
        print(type(e).__name__, e)

class InitOverridden:
    def __init__(self, x):
        super().__init__(x)
t(lambda: InitOverridden(1))

class NewOverridden:
    def __new__(cls, x):
        return super().__new__(cls, x)
t(lambda: NewOverridden(1))

class BothOverridden:
    def __new__(cls, *a):
        return super().__new__(cls)
    def __init__(self, *a):
        super().__init__()
t(lambda: BothOverridden(1, 2))

class OnlyInit:
    def __init__(self, *a):
        pass
t(lambda: OnlyInit(1, 2))

class OnlyNew:
    def __new__(cls, *a):
        return object.__new__(cls)
t(lambda: OnlyNew(1, 2))

class Plain:
    pass
t(lambda: Plain(1))
t(lambda: Plain(k=1))
t(lambda: object(1))

class Mixin:
    def __init__(self, **kw):
        super().__init__(**kw)
class Base:
    def __init__(self, name):
        self.name = name
class Good(Mixin, Base):
    pass
print(Good(name="ok").name)
class Leftover(Mixin):
    pass
t(lambda: Leftover(extra=1))

t(lambda: object.__new__(5))
t(lambda: object.__new__(int))
t(lambda: object.__new__(Plain))

class W:
    @classmethod
    @property
    def kind(cls):
        return "kind of " + cls.__name__
class V(W):
    pass
print(W.kind, V.kind, V().kind)
