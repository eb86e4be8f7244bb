# A class's __dict__ and vars(cls) are read-only mappingproxy objects over the class namespace.
class Person:
    species = "human"

    def __init__(self, name):
        self.name = name

    def greet(self):
        return "hi " + self.name


d = Person.__dict__
print(type(d), type(vars(Person)), type(d).__name__)
print(type(d) is type(vars(Person)), d is Person.__dict__)
print(repr(d)[:26], str(d)[:12])
print([k for k in d if not k.startswith("__")])
print(d["species"], d.get("species"), d.get("missing"), d.get("missing", 0))
print("greet" in d, "name" in d, len(d) == len(dict(d)))
print(sorted(k for k in d.keys() if not k.startswith("__")))
print(type(d.keys()).__name__, type(d.values()).__name__, type(d.items()).__name__)
print(type(d.copy()), d.copy()["species"])
print(d == dict(d), d != dict(d))

try:
    Person.__dict__["species"] = "robot"
except TypeError as e:
    print("TypeError:", e)
try:
    del Person.__dict__["species"]
except TypeError as e:
    print("TypeError:", e)
try:
    vars(Person)["x"] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    Person.__dict__.update(x=1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    Person.__dict__["nope"]
except KeyError as e:
    print("KeyError:", e)

# the namespace stays writable through setattr, and the proxy sees it
setattr(Person, "species", "robot")
Person.legs = 2
print(d["species"], d["legs"], Person("a").legs)
del Person.legs
print("legs" in d)

# instances' and modules' __dict__ stay real dicts
p = Person("ann")
print(type(p.__dict__), type(vars(p)), p.__dict__)
p.__dict__["age"] = 3
print(p.age)
import sys
print(type(sys.modules[__name__].__dict__))


class Child(Person):
    pass


print(list(Child.__dict__), "greet" in Child.__dict__)

# built-in types have proxies too
print(type(int.__dict__), "__add__" in int.__dict__, "append" in list.__dict__)
print(type(object.__dict__), "keys" in dict.__dict__, int.__dict__["__add__"])
print(type.__dict__["__dict__"].__get__(Person) == Person.__dict__)
try:
    int.__dict__["x"] = 1
except TypeError as e:
    print("TypeError:", e)


# mappingproxy objects are unhashable, not subclassable, and iterate in definition order
class Order:
    b = 1
    a = 2
    c = 3


print([k for k in Order.__dict__ if len(k) == 1], list(reversed(Order.__dict__))[:3])
try:
    hash(Order.__dict__)
except TypeError as e:
    print("TypeError:", e)
