# __set_name__ hooks run over a snapshot of the class namespace: a hook that rebinds or
# deletes another class attribute does not stop that attribute's original object from
# getting its own __set_name__ call.
class Swap:
    def __init__(self, other, value):
        self.other, self.value = other, value

    def __set_name__(self, owner, name):
        print("set_name", name, "->", self.other)
        setattr(owner, self.other, self.value)


class Pair:
    first = Swap("second", "from first")
    second = Swap("first", "from second")


print(Pair.first, "|", Pair.second)


class Remove:
    def __init__(self, victim):
        self.victim = victim

    def __set_name__(self, owner, name):
        print("removing", self.victim, "while naming", name)
        delattr(owner, self.victim)


class Both:
    left = Remove("right")
    right = Remove("left")
    keep = 1


print(sorted(k for k in vars(Both) if not k.startswith("__")))


class Adder:
    def __set_name__(self, owner, name):
        setattr(owner, name + "_extra", Adder())
        print("named", name)


class Grows:
    a = Adder()
    b = Adder()


# attributes added during the hooks are not themselves named
print(sorted(k for k in vars(Grows) if not k.startswith("__")))


class Fails:
    def __set_name__(self, owner, name):
        raise ValueError("no " + name)


try:
    class Broken:
        attr = Fails()
except Exception as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))
