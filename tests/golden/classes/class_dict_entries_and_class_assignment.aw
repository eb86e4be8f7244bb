# What type() puts in a class dict, obj.__dict__ / obj.__class__ assignment
class A:
    "doc"
    x = 1
    def f(self): pass
print(list(A.__dict__))
print(A.__dict__['__dict__'], A.__dict__['__weakref__'], A.__dict__['__doc__'])
class B(A): pass
print(list(B.__dict__), B.__doc__)
class C: pass
print(list(C.__dict__), C.__doc__)
class S:
    __slots__ = ('a',)
print(list(S.__dict__))
class SD:
    __slots__ = ('a', '__dict__')
print(list(SD.__dict__))
class SW:
    __slots__ = ['a', '__weakref__']
print(list(SW.__dict__))
class E(Exception): pass
print(list(E.__dict__))
class L(list): pass
print(list(L.__dict__))
class M(type): pass
print(list(M.__dict__))
class WithM(metaclass=M):
    y = 2
print(list(WithM.__dict__), WithM.y)

a = A()
a.__dict__ = {'q': 1}
print(a.q, a.__dict__, vars(a))
a.z = 5
print(sorted(a.__dict__))
try:
    a.__dict__ = 5
except TypeError as e:
    print(e)
del a.__dict__
print(a.__dict__, hasattr(a, 'q'))
print(A.__dict__['__dict__'].__get__(a) is a.__dict__)

class Cat:
    def speak(self): return "meow"
class Dog:
    def speak(self): return "woof"
pet = Cat()
pet.name = "rex"
pet.__class__ = Dog
print(pet.speak(), type(pet).__name__, isinstance(pet, Dog), pet.name)
for bad in (1, "x", Cat, object):
    try:
        if bad is Cat:
            Cat().__class__ = S
        elif bad is object:
            pet.__class__ = object
        else:
            pet.__class__ = bad
    except TypeError as e:
        print(e)
try:
    (1).__class__ = bool
except TypeError as e:
    print(e)
try:
    del pet.__class__
except TypeError as e:
    print(e)
class State:
    def handle(self):
        self.__class__ = Done
        return "working"
class Done(State):
    def handle(self): return "done"
s = State()
print(s.handle(), s.handle(), s.handle())
