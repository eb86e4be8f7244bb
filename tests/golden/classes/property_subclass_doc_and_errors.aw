# property subclasses keep the getter's docstring per instance; getter/setter/deleter copies
# go through the subclass; missing accessors name the property and the owner's qualname.
import abc

class documented(property):
    "Docstring of the subclass itself"

class Base:
    @documented
    def spam(self):
        "the getter's doc"
        return 1
    @documented
    def nodoc(self):
        return 2

print(Base.spam.__doc__)
print(Base.nodoc.__doc__)

class counted(property):
    made = 0
    def __init__(self, *args, **kwargs):
        counted.made += 1
        super().__init__(*args, **kwargs)

class Uses:
    @counted
    def x(self):
        "x doc"
        return self._x
    @x.setter
    def x(self, v):
        self._x = v

u = Uses()
u.x = 5
print(u.x, counted.made, type(Uses.x).__name__, Uses.x.__doc__)

class Getter:
    @property
    def v(self):
        "old doc"
        return 1
    @v.getter
    def v(self):
        "new doc"
        return 2
print(Getter.v.__doc__, Getter().v)

class Outer:
    class Inner:
        named = property()
    anon = property()

Outer.Inner.later = property()
for attr in ("named", "later"):
    for action in ("get", "set", "del"):
        obj = Outer.Inner()
        try:
            if action == "get":
                getattr(obj, attr)
            elif action == "set":
                setattr(obj, attr, 1)
            else:
                delattr(obj, attr)
        except AttributeError as e:
            print(e)

p = property()
for n in (0, 1, 3):
    try:
        p.__set_name__(*([0] * n))
    except TypeError as e:
        print(e)

class Abstract(abc.ABC):
    @property
    @abc.abstractmethod
    def must(self):
        pass
print(Abstract.must.__isabstractmethod__, property(lambda s: 1).__isabstractmethod__)
try:
    Abstract()
except TypeError as e:
    print(e)

class Slotted(property):
    __slots__ = ()
try:
    class UsesSlotted:
        @Slotted
        def f(self):
            "has a doc"
except AttributeError as e:
    print("AttributeError", e)
try:
    class UsesSlotted2:
        @Slotted
        def f(self):
            return 3
except AttributeError as e:
    print("AttributeError", e)
