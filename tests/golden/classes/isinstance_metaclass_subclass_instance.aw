# isinstance(): only an exact type match skips the metaclass's __instancecheck__;
# an instance of a subclass goes through it.
class Never(type):
    def __instancecheck__(cls, instance):
        print("  __instancecheck__", type(instance).__name__)
        return False

class Base(metaclass=Never):
    pass

class Child(Base):
    pass

print(isinstance(Base(), Base))
print(isinstance(Child(), Base))
print(isinstance(1, Base))
print(isinstance(Child(), Child))

class Always(type):
    def __instancecheck__(cls, instance):
        return 3

class A(metaclass=Always):
    pass

print(isinstance("x", A), isinstance(1, (str, A)))

class Plain:
    pass
class Sub(Plain):
    pass
print(isinstance(Sub(), Plain), isinstance(Plain(), Sub))
