# repr of staticmethod / classmethod objects shows what they wrap


class Tools:
    @staticmethod
    def helper():
        return 1

    @classmethod
    def make(cls):
        return cls()


def mask(text):
    return text.split(" at 0x")[0]


print(mask(repr(Tools.__dict__["helper"])))
print(mask(repr(Tools.__dict__["make"])))
print(repr(staticmethod(len)), repr(classmethod(abs)))
print(repr(staticmethod("not callable")))


class Loud(classmethod):
    pass


print(repr(Loud(max)))
