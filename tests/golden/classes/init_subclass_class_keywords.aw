class Base:
    def __init_subclass__(cls, /, flavor="plain", **kw):
        super().__init_subclass__(**kw)
        cls.flavor = flavor
class A(Base, flavor="spicy"): pass
print(A.flavor)
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        print("meta new", sorted(kw))
        return super().__new__(mcs, name, bases, ns, **kw)
    def __init__(cls, name, bases, ns, **kw):
        print("meta init", sorted(kw))
        super().__init__(name, bases, ns)
class B(Base, metaclass=Meta, flavor="mild"): pass
print(B.flavor, type(B).__name__)
try:
    class C(unknown=1): pass
except TypeError as e:
    print(e)
try:
    class D(Base, bogus=2): pass
except TypeError as e:
    print(e)
