# super(cls) and super(cls, None) are unbound; __get__ binds them; the attributes name the parts
class Base:
    def hello(self):
        return "Base.hello of " + type(self).__name__

class Child(Base):
    def hello(self):
        return "Child.hello"

u = super(Child)
print(u, super(Child, None))
print(u.__thisclass__, u.__self__, u.__self_class__)
b = u.__get__(Child())
print(b, b.__thisclass__, b.__self_class__, type(b.__self__).__name__)
print(b.hello())
print(u.__get__(None, Child) is u, b.__get__(Child()) is b)

class Big(int):
    pass

print(super(int, Big(5)), super(int, Big(5)).__self_class__)
print(super(int).__get__(Big(7)))
print(super(type, None), super(Big, Big))

class K:
    def f(self):
        s = super()
        return s.__thisclass__, s.__self_class__, s.__self__ is self

print(K().f())
try:
    super(Child, 3)
except TypeError as e:
    print(e)
try:
    u.hello
except AttributeError as e:
    print(e)
