# type(name, bases, ns) picks the most derived metaclass among type and the bases' metaclasses:
# a base's metaclass with its own __new__ builds the class, a non-class base or unrelated
# metaclasses are a "metaclass conflict".
class Registry(type):
    made = []

    def __new__(mcls, name, bases, ns):
        Registry.made.append(name)
        return super().__new__(mcls, name, bases, ns)


class Plugin(metaclass=Registry):
    pass


Dynamic = type("Dynamic", (Plugin,), {"kind": "dyn"})
print(type(Dynamic).__name__, Dynamic.kind, Registry.made)
Direct = type.__new__(type, "Direct", (Plugin,), {})
print(type(Direct).__name__, Registry.made)


class Quiet(type):
    pass


class Loud(Registry):
    pass


print(type(Loud("Child", (Plugin,), {})).__name__, Registry.made)
print(type(type("Mixed", (Plugin, int), {})).__name__)
for maker, bases in [(type, (1,)), (Quiet, (Plugin,)), (type, ("text",))]:
    try:
        maker("Bad", bases, {})
    except TypeError as e:
        print("TypeError:", e)


class Plain:
    pass


print(type(type("Sub", (Plain,), {})).__name__, type(Quiet("Q", (Plain,), {})).__name__)
